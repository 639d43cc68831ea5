// Where single sign-on goes in and comes back; the API's side is apps/api/src/auth/oidc/oidc-paths.ts.

/** The page the API sends the browser to with the refresh token in the fragment (#refresh=…). */
export const SSO_LANDING_PATH = '/dang-nhap/sso';

/** A full page load (not the router): the API answers with a redirect to the province's provider. */
export const ssoStartUrl = (next: string) => `/auth/oidc/start?next=${encodeURIComponent(next)}`;
