import type { Browser } from 'playwright-core';
import { CONTEXT_OPTIONS } from './bench-browser';
import { FAST_3G } from './fast-3g';
import { PageRequest, recordNetwork } from './network-log';
import { COUNT_BADGE, FIRST_ROW, installProbe, ProbeOptions, readTimings, TOKEN_KEY } from './page-probe';

export interface ColdLoad {
  /** ms since navigation start, in the page's clock. */
  domContentLoaded: number;
  load: number;
  /** The inbox only: first row painted (usable), count badge painted in the menu. */
  firstRow?: number;
  badge?: number;
  requests: PageRequest[];
}

// Generous: the point is to measure a slow load, not to abort it.
const TIMEOUT_MS = 120_000;

/**
 * One cold load over Fast 3G: a new context (empty cache, no open connection), the session token in
 * sessionStorage before any script runs, throttling on before the navigation. `inbox` waits until the first
 * row and the count badge are painted, then until the network is idle (so every byte the load fetches is
 * counted); otherwise it waits for the load event (the baseline: a file with no dependencies).
 */
export async function coldLoad(browser: Browser, url: string, token: string | null, inbox: boolean): Promise<ColdLoad> {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    const marks: ProbeOptions['marks'] = inbox
      ? { firstRow: { selector: FIRST_ROW, needsBox: true }, badge: { selector: COUNT_BADGE, needsBox: false } }
      : {};
    await context.addInitScript(installProbe, { token, tokenKey: TOKEN_KEY, marks });
    const page = await context.newPage();
    const network = await recordNetwork(context, page, FAST_3G);
    await page.goto(url, { waitUntil: inbox ? 'commit' : 'load', timeout: TIMEOUT_MS });
    if (inbox) {
      await page.waitForSelector(FIRST_ROW, { state: 'visible', timeout: TIMEOUT_MS });
      await page.waitForSelector(COUNT_BADGE, { state: 'attached', timeout: TIMEOUT_MS });
      await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    }
    // The stamps are set in the frame after the mark appeared: give that frame a chance to run.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const timings = await page.evaluate(readTimings);
    const requests = network.requests(timings.timeOrigin);
    await network.detach();
    return {
      domContentLoaded: timings.domContentLoaded,
      load: timings.load,
      firstRow: timings.stamps.firstRow,
      badge: timings.stamps.badge,
      requests,
    };
  } finally {
    await context.close();
  }
}
