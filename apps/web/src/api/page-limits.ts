/**
 * The API's page size cap: one page holds everything an official sees in this slice. Its own module so the inline
 * first-rows script asks for the campaigns exactly as the app does (and the app can take that answer as its own).
 */
export const ALL = { limit: 500, offset: 0 };
