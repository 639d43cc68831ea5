import type { Browser, Page } from 'playwright-core';
import { CONTEXT_OPTIONS } from './bench-browser';
import { FIRST_ROW, installProbe, readTimings, timeFilterChoice, TOKEN_KEY } from './page-probe';

export interface RenderSample {
  /** Navigation start → first row painted, ms. */
  firstRow: number;
  /** Choosing the kind → only rows of that kind painted, ms. */
  filter: number;
  /** Rows on screen after the filter (the table shows 20 a page). */
  filteredRows: number;
}

const TIMEOUT_MS = 60_000;

/**
 * The inbox's own cost with a long list, network aside: no throttling, and the app's files already cached
 * (one untimed load first), so what is left is the API answering /inbox and the page rendering the answer,
 * filtering it wherever the app filters (in the page or in the API). Each sample is a fresh navigation of the
 * same tab, then a choice in the "Loại việc" select (opening the select is not timed).
 */
export async function measureInboxRender(
  browser: Browser,
  url: string,
  token: string,
  filter: { optionTitle: string; tagText: string },
  runs: number,
): Promise<RenderSample[]> {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    await context.addInitScript(installProbe, { token, tokenKey: TOKEN_KEY, marks: { firstRow: { selector: FIRST_ROW, needsBox: true } } });
    const page = await context.newPage();
    await openInbox(page, url); // warm-up: files into the cache, V8's code cache primed
    const samples: RenderSample[] = [];
    for (let run = 0; run < runs; run++) {
      await openInbox(page, url);
      const { stamps } = await page.evaluate(readTimings);
      await page.getByRole('combobox', { name: 'Loại việc' }).click();
      await page.locator(`.ant-select-dropdown .ant-select-item-option[title="${filter.optionTitle}"]`).waitFor({ timeout: TIMEOUT_MS });
      const filterMs = await page.evaluate(timeFilterChoice, { ...filter, timeoutMs: TIMEOUT_MS });
      samples.push({ firstRow: stamps.firstRow, filter: filterMs, filteredRows: await page.locator(FIRST_ROW).count() });
    }
    return samples;
  } finally {
    await context.close();
  }
}

async function openInbox(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  await page.waitForSelector(FIRST_ROW, { state: 'visible', timeout: TIMEOUT_MS });
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50))); // the stamp's frame
}
