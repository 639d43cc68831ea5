import type { EnvReader } from './env-reader';

/** The province's OpenID Connect provider, when officials may sign in through it as well as with a password. */
export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  /** Absent for a public client: the code is then protected by PKCE alone. */
  clientSecret?: string;
  /** The claim that carries the username our directory knows the official by. */
  usernameClaim: string;
  /** The text of the login page's second button. */
  label: string;
}

export const DEFAULT_OIDC_LABEL = 'Đăng nhập một lần (SSO)';

/** Loopback addresses may use plain http: a provider on the same machine (development, tests) never crosses a network. */
const ISSUER_URL = /^(https:\/\/[^/\s]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?)(\/\S*)?$/;
const CLAIM_NAME = /^[A-Za-z0-9_.:-]{1,100}$/;

/** Null (single sign-on off) unless both OIDC_ISSUER_URL and OIDC_CLIENT_ID are set; one without the other is a mistake. */
export function readOidc(read: EnvReader): OidcSettings | null {
  const issuerUrl = read.optional('OIDC_ISSUER_URL');
  const clientId = read.optional('OIDC_CLIENT_ID');
  const clientSecret = read.optional('OIDC_CLIENT_SECRET');
  const usernameClaim = read.string('OIDC_USERNAME_CLAIM', 'preferred_username');
  const label = read.string('OIDC_LABEL', DEFAULT_OIDC_LABEL);
  if (!issuerUrl && !clientId) {
    read.check(
      !clientSecret,
      'OIDC_CLIENT_SECRET is set but OIDC_ISSUER_URL and OIDC_CLIENT_ID are not: set both to turn single sign-on on',
    );
    return null;
  }
  read.check(!!issuerUrl, 'OIDC_ISSUER_URL is required when OIDC_CLIENT_ID is set (the address of the province’s OpenID provider)');
  read.check(!!clientId, 'OIDC_CLIENT_ID is required when OIDC_ISSUER_URL is set (the client id the province’s provider gave this system)');
  read.check(
    !issuerUrl || ISSUER_URL.test(issuerUrl),
    `OIDC_ISSUER_URL must be an https:// address (http:// only on localhost), got "${issuerUrl}"`,
  );
  read.check(CLAIM_NAME.test(usernameClaim), `OIDC_USERNAME_CLAIM must be a claim name such as preferred_username, got "${usernameClaim}"`);
  read.check(label.length <= 60, `OIDC_LABEL must be at most 60 characters, got ${label.length}`);
  return { issuerUrl: issuerUrl ?? '', clientId: clientId ?? '', clientSecret, usernameClaim, label };
}
