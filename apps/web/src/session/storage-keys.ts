// Where the app keeps what must outlive a reload. Shared with the inline first-rows script (src/first-rows/shell.ts),
// which reads them before the app has loaded: one definition, so the two cannot drift apart.

/** The access token, in sessionStorage: survives a reload, not the tab (see session-store.ts). */
export const TOKEN_KEY = 'tdkt.accessToken';

/** The refresh token that renews the access token (POST /auth/refresh), beside it in sessionStorage. Only the app reads it. */
export const REFRESH_TOKEN_KEY = 'tdkt.refreshToken';

/** Set while the password an administrator gave must be changed: the app shows that page alone from its first render. */
export const MUST_CHANGE_PASSWORD_KEY = 'tdkt.mustChangePassword';

/** The official's language, in localStorage: 'en' when English was chosen on this browser, Vietnamese otherwise. */
export const LANGUAGE_KEY = 'tdkt.language';
