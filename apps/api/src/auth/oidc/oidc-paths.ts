// The routes of single sign-on, and where they send the browser back to in the web app.

export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

/** The web app's page that takes the refresh token out of the address's fragment and opens the session. */
export const WEB_SSO_LANDING_PATH = '/dang-nhap/sso';

/** The web app's login page; `?sso=loi&ly-do=<reason>` makes it explain why single sign-on was refused. */
export const WEB_LOGIN_PATH = '/dang-nhap';

/** Only a path of this site: a crafted ?next= cannot send the official to another one after signing in. */
export function safeNextPath(next: unknown): string | undefined {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') && next.length <= 500
    ? next
    : undefined;
}
