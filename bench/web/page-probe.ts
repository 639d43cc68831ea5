// The functions below run inside the page (Playwright serialises them), so they may use nothing from this
// module's scope. bench/tsconfig.json has no DOM library (the benches are Node code): these module-local
// declarations type only the little of the DOM they touch.
interface ProbeElement {
  textContent: string | null;
  getBoundingClientRect(): { width: number; height: number };
  querySelector(selector: string): ProbeElement | null;
  click(): void;
}
declare const document: {
  body: unknown;
  querySelector(selector: string): ProbeElement | null;
  querySelectorAll(selector: string): ArrayLike<ProbeElement>;
};
declare const sessionStorage: { setItem(key: string, value: string): void };
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: unknown, options: { childList?: boolean; subtree?: boolean; characterData?: boolean }): void;
  disconnect(): void;
}
declare function requestAnimationFrame(callback: () => void): number;

/** Where the session is kept (apps/web/src/session/storage-keys.ts) and the selectors "usable" is judged by. */
export const TOKEN_KEY = 'tdkt.accessToken';
/**
 * A task row on screen, whichever drew it: the plain first rows the document's inline script paints before the app
 * has loaded (apps/web/src/first-rows) and the app's own table (InboxPage) both mark theirs with this attribute.
 */
export const FIRST_ROW = '[data-inbox-row]';
export const COUNT_BADGE = '[data-testid="inbox-count"] .ant-badge-count';

export interface ProbeOptions {
  token: string | null;
  tokenKey: string;
  /** Name → selector: the time each first appears is stamped (a row must also have a box: it is on screen). */
  marks: Record<string, { selector: string; needsBox: boolean }>;
}

/**
 * Runs before any of the page's own scripts (context.addInitScript), on every document of the context: puts
 * the session token where the app looks for it (as if the official had signed in earlier in this tab) and
 * stamps, in the page's own clock (ms since navigation start, as Navigation Timing counts), the frame in which
 * each mark first appears: a mutation observer sees it enter the DOM, the next animation frame is when it is
 * painted. Stamps are read back with `readStamps`.
 */
export function installProbe({ token, tokenKey, marks }: ProbeOptions): void {
  if (token) sessionStorage.setItem(tokenKey, token);
  const stamps: Record<string, number> = {};
  (globalThis as unknown as { __benchStamps: Record<string, number> }).__benchStamps = stamps;
  const pending = new Set(Object.keys(marks));
  const check = () => {
    for (const name of [...pending]) {
      const element = document.querySelector(marks[name].selector);
      if (!element) continue;
      if (marks[name].needsBox && element.getBoundingClientRect().height === 0) continue;
      pending.delete(name);
      requestAnimationFrame(() => (stamps[name] = performance.now()));
    }
    if (!pending.size) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

export interface PageTimings {
  /** performance.timeOrigin, epoch ms: ties the page's clock to the network log's. */
  timeOrigin: number;
  domContentLoaded: number;
  load: number;
  stamps: Record<string, number>;
}

/** Navigation Timing's DOMContentLoaded and load (0 while not reached), and the probe's stamps. */
export function readTimings(): PageTimings {
  // The page's Performance, not Node's (whose types know no 'navigation' entries).
  const pagePerformance = performance as unknown as {
    getEntriesByType(type: string): { domContentLoadedEventStart: number; loadEventEnd: number }[];
  };
  const [navigation] = pagePerformance.getEntriesByType('navigation');
  return {
    timeOrigin: performance.timeOrigin,
    domContentLoaded: navigation?.domContentLoadedEventStart ?? NaN,
    load: navigation?.loadEventEnd ?? NaN,
    stamps: { ...((globalThis as unknown as { __benchStamps?: Record<string, number> }).__benchStamps ?? {}) },
  };
}

/**
 * Chooses an option of an open Ant Design select and resolves with the ms until the table shows only rows of
 * that kind: from the click (the choice) to the first frame after the rows' kind tags all read `tagText`.
 * Timed inside the page, so no round trip to the bench process is counted.
 */
export function timeFilterChoice({
  optionTitle,
  tagText,
  timeoutMs,
}: {
  optionTitle: string;
  tagText: string;
  timeoutMs: number;
}): Promise<number> {
  return new Promise((resolve, reject) => {
    const option = document.querySelector(`.ant-select-dropdown .ant-select-item-option[title="${optionTitle}"]`);
    if (!option) return reject(new Error(`no option "${optionTitle}" in an open select`));
    const filtered = () => {
      const rows = Array.from(document.querySelectorAll('tr.ant-table-row'));
      return rows.length > 0 && rows.every((row) => row.querySelector('.ant-tag')?.textContent === tagText);
    };
    const timer = setTimeout(() => reject(new Error(`the rows were not filtered to "${tagText}" within ${timeoutMs} ms`)), timeoutMs);
    const observer = new MutationObserver(() => {
      if (!filtered()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve(performance.now() - started);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const started = performance.now();
    option.click();
  });
}
