import { OIDC_ATTEMPT_LIFETIME_SECONDS, OidcAttemptSealer } from './oidc-attempt-cookie';

const attempt = { codeVerifier: 'verifier', state: 'state', nonce: 'nonce', next: '/phong-trao' };

describe('the single sign-on attempt cookie', () => {
  const sealer = new OidcAttemptSealer('x'.repeat(32));

  it('gives back what was sealed, and keeps the PKCE verifier unreadable', () => {
    const sealed = sealer.seal(attempt);
    expect(sealer.open(sealed)).toEqual(attempt);
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('verifier');
  });

  it('refuses an altered cookie, one sealed under another secret, and an expired one', () => {
    const sealed = sealer.seal(attempt);
    const altered = Buffer.from(sealed, 'base64url');
    altered[altered.length - 1] ^= 1;
    expect(sealer.open(altered.toString('base64url'))).toBeNull();
    expect(new OidcAttemptSealer('y'.repeat(32)).open(sealed)).toBeNull();
    expect(sealer.open(sealed, Date.now() + OIDC_ATTEMPT_LIFETIME_SECONDS * 1000 + 1)).toBeNull();
    expect(sealer.open(undefined)).toBeNull();
    expect(sealer.open('not-a-cookie')).toBeNull();
  });
});
