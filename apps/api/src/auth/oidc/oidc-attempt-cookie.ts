import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * What the callback must check a sign-in against, kept between /auth/oidc/start and /auth/oidc/callback in the browser
 * rather than in a table: an encrypted cookie, so the PKCE verifier is never readable, and no row is left behind by
 * an official who closes the provider's page.
 */
export interface OidcAttempt {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** Where in the web app the official was going. */
  next?: string;
}

export const OIDC_ATTEMPT_COOKIE = 'tdkt_oidc_attempt';

/** Long enough to type a password and answer a second factor at the provider, short enough not to be worth stealing. */
export const OIDC_ATTEMPT_LIFETIME_SECONDS = 10 * 60;

interface SealedAttempt extends OidcAttempt {
  expiresAt: number;
}

/** AES-256-GCM under a key derived from the JWT secret: one secret to keep, and a key used for nothing else. */
export class OidcAttemptSealer {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'tdkt single sign-on attempt cookie', 32));
  }

  seal(attempt: OidcAttempt, now = Date.now()): string {
    const sealed: SealedAttempt = { ...attempt, expiresAt: now + OIDC_ATTEMPT_LIFETIME_SECONDS * 1000 };
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(sealed), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The attempt, or null when the cookie was altered, sealed under another secret, or has expired. */
  open(value: string | undefined, now = Date.now()): OidcAttempt | null {
    if (!value) return null;
    try {
      const raw = Buffer.from(value, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      const { expiresAt, ...attempt } = JSON.parse(json) as SealedAttempt;
      return typeof expiresAt === 'number' && expiresAt > now ? attempt : null;
    } catch {
      return null;
    }
  }
}
