import { ALL } from '../api/page-limits';
import { PATHS } from '../app/paths';
import { INBOX_PAGE_SIZE } from '../pages/inbox-filter';
import { LANGUAGE_KEY, TOKEN_KEY } from '../session/storage-keys';
import { firstRowsHtml } from './first-rows-html';
import { FIRST_ROWS_ID, type FirstAnswers, type FirstRequests, type FirstRows } from './handoff';

// The inbox's first rows before the app has loaded. Officials land on the inbox; on a slow line (DevTools' Fast 3G)
// the app's code takes ~3 s to arrive, and only then would it ask the API for the tasks. This script is inlined into
// index.html's <head> (build/inline-first-rows.ts, production builds only), ahead of the stylesheet and the scripts,
// so it runs as soon as the document is parsed: with a session, on the inbox's own address, it asks the API for the
// inbox's first page (and the campaigns' titles, the official, for the rest of the page) at once, and paints the
// rows as plain HTML over #root when they answer, about one round trip after the document. The app takes the same
// answers as its own first fetches and, once its table is on screen, removes these rows (handoff.ts). On every page,
// it then names the inbox's code for the browser to preload (preloadInboxCode).
//
// It reads sessionStorage (the token) and localStorage (the language), and calls the same origin only. A Content
// Security Policy (to come) will have to allow it by hash: the build writes that hash to csp-hashes.json beside
// index.html. Any failure (no session, 401, network, not JSON) leaves nothing behind: the app then does as before.

/** The addresses that show the inbox unfiltered: `/` redirects to /hop-viec; any search means a filter or a page. */
const INBOX_ADDRESSES: readonly string[] = ['/', PATHS.inbox];

function start(): void {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token || location.search || !INBOX_ADDRESSES.includes(location.pathname)) return;

  const get = <T>(path: string): Promise<T | null> =>
    fetch(path, { headers: { Authorization: `Bearer ${token}` } })
      .then((response) => (response.ok ? (response.json() as Promise<T>) : null))
      .catch(() => null);
  // The app's exact first requests (useInboxPage's first page, useCampaigns, useMe), so their answers are its own.
  const inboxPage = get<FirstAnswers['inboxPage']>(`/inbox?limit=${INBOX_PAGE_SIZE}&offset=0`);
  const campaigns = get<FirstAnswers['campaigns']>(`/campaigns?limit=${ALL.limit}&offset=${ALL.offset}`);
  const requests: FirstRequests = {
    inboxPage,
    inboxTotal: inboxPage.then((page) => page && page.total),
    campaigns,
    me: get<FirstAnswers['me']>('/me'),
  };
  const firstRows: FirstRows = { requests, replaced: false };
  window.tdktFirstRows = firstRows;

  // The rows are worded in Vietnamese only: an official who chose English waits for the app (which still gets the
  // answers early).
  if (localStorage.getItem(LANGUAGE_KEY) === 'en') return;
  void inboxPage.then((page) => {
    // `campaigns`, not `requests.campaigns`: the app may have taken that one already (a warm cache loads it fast).
    if (page?.items.length) whenParsed(() => paint(page, campaigns, firstRows));
  });
}

/** Runs `then` once the document is parsed (<body> and #root exist, every tag's request has left): at once if it is. */
function whenParsed(then: () => void): void {
  if (document.readyState !== 'loading') return then();
  // 'interactive' comes when parsing ends, before the deferred scripts run (DOMContentLoaded would wait for them).
  document.addEventListener('readystatechange', then, { once: true });
}

function paint(page: FirstAnswers['inboxPage'], campaigns: Promise<FirstAnswers['campaigns'] | null>, firstRows: FirstRows): void {
  if (firstRows.replaced) return; // the app got there first
  const shell = document.createElement('div');
  shell.id = FIRST_ROWS_ID;
  shell.className = 'first-rows';
  try {
    shell.innerHTML = firstRowsHtml(page, new Date());
  } catch {
    return; // an answer of an unexpected shape, a kind of task without words here: leave it to the app
  }
  document.body.append(shell);
  // Covered by the rows until its own inbox is ready: out of the tab order and of screen readers meanwhile.
  document.getElementById('root')?.setAttribute('inert', '');
  void campaigns.then((list) => nameCampaigns(shell, list));
}

/** The campaign column, once /campaigns answers: its titles, or the ids as InboxPage shows them without. */
function nameCampaigns(shell: HTMLElement, list: FirstAnswers['campaigns'] | null): void {
  const titles = new Map(list?.items.map((campaign) => [campaign.id, campaign.title]));
  shell.querySelectorAll<HTMLElement>('[data-campaign-id]').forEach((cell) => {
    const id = cell.dataset.campaignId ?? '';
    cell.textContent = titles.get(id) ?? id;
  });
}

/** The inbox route's chunks, as built (build/preload-home-page.ts): compiled in by the build. */
declare const __HOME_PAGE_CHUNKS__: readonly string[];

/**
 * Has the browser fetch the inbox's code with the document rather than once the entry has run (one wave, not three).
 * Over HTTP/1.1 a browser opens six connections to a host and queues the rest, so the order of the requests matters:
 * the API's answers and the stylesheet (which holds back every paint) first, then the entry, then these. As <link>s in
 * the document, the browser's preload scanner could request them before this script ran, and the API's answer waited
 * behind the code (~2 s more on Fast 3G, one load in five); named at once by this script, they went before the
 * stylesheet (~0.6 s more). So they are named once the document is parsed, when the stylesheet and the entry are.
 */
function preloadInboxCode(): void {
  for (const href of __HOME_PAGE_CHUNKS__) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = ''; // as Vite writes its own: the module scripts' request mode, so the preloads are reused
    link.href = href;
    document.head.append(link);
  }
}

try {
  start();
} catch {
  // Storage refused (privacy settings) or any other surprise: the app works without the first rows.
}
whenParsed(preloadInboxCode);
