import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import playwright from 'playwright-core/package.json';

const CHROMIUM = '/usr/bin/chromium';
// As tests/e2e/src/browser.ts launches it: Debian's Chromium, headless, nothing reaching out (updates, sync,
// QUIC), a throw-away profile (Playwright makes one per launch). A bench never downloads a browser.
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

/**
 * One browser for the whole run; every measured load gets its own context (`browser.newContext()`), which in
 * Chromium is its own profile in memory: its own HTTP cache and its own connections, so a new context is a cold
 * load.
 */
export async function launchBenchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run tools/lib/ensure-chromium.sh`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The settings of every context: those the e2e tests use, so the app renders as it does for them. */
export const CONTEXT_OPTIONS = { locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' } as const;

export const chromiumVersion = (browser: Browser) => `Chromium ${browser.version()} (${CHROMIUM}), playwright-core ${playwright.version}`;
