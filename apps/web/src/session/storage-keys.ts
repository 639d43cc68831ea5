// Where the app keeps what must outlive a reload. Shared with the inline first-rows script (src/first-rows/shell.ts),
// which reads them before the app has loaded: one definition, so the two cannot drift apart.

/** The access token, in sessionStorage: survives a reload, not the tab (see session-store.ts). */
export const TOKEN_KEY = 'tdkt.accessToken';

/** The official's language, in localStorage: 'en' when English was chosen on this browser, Vietnamese otherwise. */
export const LANGUAGE_KEY = 'tdkt.language';
