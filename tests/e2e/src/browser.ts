import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
// Debian's Chromium, driven headless; nothing may reach out (updates, sync, QUIC), and a fresh profile every run.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium from Debian (tools/lib/ensure-chromium.sh installs it) with a throw-away profile. */
export async function launchChromium(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run tools/lib/ensure-chromium.sh (npm test does)`);
  const profile = mkdtempSync(join(tmpdir(), 'tdkt-e2e-chromium-'));
  // Playwright takes the profile as userDataDir (it refuses --user-data-dir in args) and passes it as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records what a user would not see but a test must: console errors, uncaught exceptions, failed requests
 * and error answers. `expect(problems).toEqual([])` after each step; `allow` lets a step expect one (a 401).
 */
export function watchForProblems(page: Page): { problems: string[]; allow(pattern: RegExp): void } {
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  const record = (problem: string) => {
    if (!allowed.some((pattern) => pattern.test(problem))) problems.push(problem);
  };
  page.on('console', (message) => message.type() === 'error' && record(`console: ${message.text()} (${message.location().url})`));
  page.on('pageerror', (error) => record(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // Cancelled by the test's own next page.goto (the login page still asking whether SSO is on): not the app's fault.
    if (error === 'net::ERR_ABORTED') return;
    record(`request failed: ${request.method()} ${request.url()} ${error}`);
  });
  page.on('response', (response) => response.status() >= 400 && record(`HTTP ${response.status()}: ${response.url()}`));
  return { problems, allow: (pattern) => allowed.push(pattern) };
}
