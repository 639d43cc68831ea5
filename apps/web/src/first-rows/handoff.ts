import type { components } from '../api/schema';

// Between the inline first-rows script (shell.ts, in index.html) and the app. The script asks the API for what the
// inbox shows first as soon as the document arrives, and paints the first rows as plain HTML; the app, once loaded,
// takes those answers as its own first fetches (api/queries.ts) and, once its inbox is on screen, removes the plain
// rows (InboxPage). Nothing here runs unless the script did: without it, the app fetches and renders as it always has.

type Schemas = components['schemas'];

/** What the script asks for, each the same request as the app's own first one. */
export interface FirstAnswers {
  /** GET /inbox?limit=20&offset=0: the inbox's first page, unfiltered (useInboxPage on /hop-viec). */
  inboxPage: Schemas['InboxPageView'];
  /** Its total: the menu's count (useInboxCount), which would otherwise be one more request. */
  inboxTotal: number;
  /** GET /campaigns?limit=500&offset=0: the campaigns' titles (useCampaigns). */
  campaigns: Schemas['CampaignPageView'];
  /** GET /me: who is signed in, for the header (useMe). */
  me: Schemas['MeView'];
}

/** Each answer, or null when it failed (401, network, not JSON): the app then asks again and meets the error itself. */
export type FirstRequests = { [K in keyof FirstAnswers]: Promise<FirstAnswers[K] | null> };

export interface FirstRows {
  /** Those not yet taken by the app. */
  requests: Partial<FirstRequests>;
  /** Set once the app's inbox is on screen: the plain rows, if still on their way, must not be painted after it. */
  replaced: boolean;
}

declare global {
  interface Window {
    /** Left by the inline first-rows script; absent when it did not run (another page, no session, a search). */
    tdktFirstRows?: FirstRows;
  }
}

/** The element the plain rows are painted in, over the app's #root while it loads. */
export const FIRST_ROWS_ID = 'first-rows';
/** Marks a task row, in the plain rows and in the app's table alike: "a task is on screen", whichever drew it. */
export const INBOX_ROW_ATTRIBUTE = 'data-inbox-row';

/** The script's answer for `name`, once; undefined after that (a refresh asks the API) or when the script did not run. */
export function takeFirstAnswer<K extends keyof FirstAnswers>(name: K): Promise<FirstAnswers[K] | null> | undefined {
  const requests = window.tdktFirstRows?.requests;
  const answer = requests?.[name];
  if (requests) delete requests[name];
  return answer;
}

/**
 * The app's inbox is on screen: the plain rows give way to it, in the same frame, and the app, kept out of focus
 * and of assistive technologies while the rows covered it, comes back. Does nothing when there were none.
 */
export function replaceFirstRows(): void {
  const firstRows = window.tdktFirstRows;
  if (!firstRows || firstRows.replaced) return;
  firstRows.replaced = true;
  document.getElementById(FIRST_ROWS_ID)?.remove();
  document.getElementById('root')?.removeAttribute('inert');
}
