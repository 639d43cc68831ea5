import type { Page } from 'playwright-core';
import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
// The system tests' harness runs the real stack in-process (an app project, like the api it starts); these suites drive
// it through the browser.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CampaignFlow, draftAndSign, hourlyPlan, SystemUnderTest } from '@tdkt/system-tests';
import { launchChromium, TestBrowser, watchForProblems } from './browser';
import { serveBuiltWebApp } from './web-dist';

/**
 * What every browser suite starts from: the whole system serving the built web app on a free port, and Debian's
 * Chromium with one page whose console errors, failed requests and error answers are recorded.
 */
export class WebStack {
  private constructor(
    readonly system: SystemUnderTest,
    readonly baseUrl: string,
    readonly browser: TestBrowser,
    readonly page: Page,
    readonly watch: ReturnType<typeof watchForProblems>,
  ) {}

  static async start(): Promise<WebStack> {
    serveBuiltWebApp();
    const system = await SystemUnderTest.start();
    await system.app.app.listen(0, '127.0.0.1');
    const baseUrl = (await system.app.app.getUrl()).replace('[::1]', '127.0.0.1');
    const browser = await launchChromium();
    const page = await browser.context.newPage();
    return new WebStack(system, baseUrl, browser, page, watchForProblems(page));
  }

  /** The Chuyển đổi số plan on an hourly schedule, drafted, approved and signed, running in every unit. */
  async runningCampaign(): Promise<CampaignFlow> {
    const campaign = (await draftAndSign(this.system, hourlyPlan(template as unknown as PlanDefinition))).flow;
    await campaign.waitForStatus('running');
    return campaign;
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await this.system.stop();
  }
}
