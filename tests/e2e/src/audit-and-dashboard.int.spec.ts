import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
// The system tests' harness runs the real stack in-process (an app project, like the api it starts); this suite drives it
// through the browser.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CampaignFlow, DEMO_PASSWORD, draftAndSign, eventually, hourlyPlan, SystemUnderTest } from '@tdkt/system-tests';
import { accessibilityViolations, visibleText } from './accessibility';
import { WebStack } from './web-stack';
import { watchForProblems } from './browser';
import { englishIn } from './english-words';

const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const AUDITOR = 'thanhtra.tinh';
const LEADER = 'lanhdao.tinh';
const COMMUNE = 'TQ-YS-THANGQUAN';

interface TimelineRow {
  action: string;
  workflowId: string;
  actor: { username: string; fullName: string | null } | null;
}

/** The texts of a table row's cells, trimmed. */
const cellsOf = async (row: Locator): Promise<string[]> => (await row.locator('td').allTextContents()).map((text) => text.trim());

/**
 * Resolves once the page's own content (the app's frame, header and menu, is not this suite's) stays inside a phone's
 * window: charts measure themselves again after a resize (ResizeObserver), so it waits a moment for them. Fails
 * naming what sticks out past the window's edge, outside any container that scrolls it (a wide table's own scroller).
 */
async function fitsTheWindow(page: Page): Promise<void> {
  const sticksOut = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const content = document.querySelector('.app-content');
      const scrolled = (element: Element): boolean => {
        for (let parent = element.parentElement; parent && parent !== content; parent = parent.parentElement)
          if (getComputedStyle(parent).overflowX !== 'visible') return true;
        return false;
      };
      return [...(content?.querySelectorAll('*') ?? [])]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !scrolled(element))
        .slice(0, 8)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(element.getBoundingClientRect().right)} px)`,
        );
    });
  const deadline = Date.now() + 5_000;
  let culprits = await sticksOut();
  while (culprits.length && Date.now() < deadline) {
    await page.waitForTimeout(100);
    culprits = await sticksOut();
  }
  expect(culprits).toEqual([]);
}

describe('Kiểm tra and Tổng quan, in a real browser against the real stack', () => {
  let system: SystemUnderTest;
  let stack: WebStack;
  let page: Page;
  let watch: ReturnType<typeof watchForProblems>;
  let baseUrl: string;
  let campaign: CampaignFlow;
  let title: string;

  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const fullNameOf = async (username: string) =>
    ((await (await system.login(username)).get('/me').expect(200)).body as { fullName: string }).fullName;
  /** Starts a fresh session as `username` on `path` (the app sends a signed-out official to the login page and back). */
  const signInAt = async (username: string, path: string) => {
    await page.evaluate(() => sessionStorage.clear()).catch(() => undefined);
    await page.goto(`${baseUrl}${path}`);
    await page.waitForURL(/\/dang-nhap\?next=/);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname + url.search === path);
  };
  const timelineRows = () => page.locator('.timeline-table tr.ant-table-row');
  /** The timeline's rows whose action is this one (its label, then the signing capacity when there is one). */
  const rowsOfAction = (label: string) =>
    timelineRows().filter({ has: page.locator('td.timeline-table__action', { hasText: new RegExp(`^${label}(KT\\.|TM\\.|TL\\.)?$`) }) });
  /** What every page is held to: Vietnamese only (the recorded data included), and axe-core's WCAG 2.1 A/AA rules. */
  const vietnameseAndAccessible = async () => {
    expect(englishIn(await visibleText(page))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  };

  beforeAll(async () => {
    stack = await WebStack.start();
    ({ system, baseUrl, page, watch } = stack);
    campaign = (await draftAndSign(system, hourlyPlan(template as unknown as PlanDefinition))).flow;
    title = ((await campaign.waitForStatus('running')) as { title: string }).title;
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(() => expect(watch.problems).toEqual([]));

  it('shows the auditor the campaign’s timeline: the plan approved and signed, by whom and in which capacity', async () => {
    const [approver, signer] = await Promise.all([fullNameOf('lanhdao.snv'), fullNameOf('pho.tinh')]);
    await signInAt(AUDITOR, `/kiem-tra?phong-trao=${campaign.campaignId}`);
    await page.getByRole('heading', { level: 2, name: 'Kiểm tra nhật ký phong trào' }).waitFor();
    await page.locator('.campaign-picker').getByText(title).waitFor();

    const approved = rowsOfAction('Duyệt kế hoạch').first();
    await approved.waitFor();
    expect(await approved.textContent()).toContain(approver);
    const signed = rowsOfAction('Ký ban hành kế hoạch');
    await signed.waitFor();
    expect(await signed.textContent()).toContain(signer);
    expect(await signed.textContent()).toContain('Phó lãnh đạo');
    expect(await signed.textContent()).toContain('KT.');
    // Oldest first, with Vietnamese times.
    expect((await cellsOf(timelineRows().first()))[0]).toBe('1');
    expect((await cellsOf(signed))[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await vietnameseAndAccessible();
    await screenshot('audit-timeline');
  });

  it('filters the timeline by action (typed without diacritics) and links the step’s workflow to the Temporal UI', async () => {
    const actionFilter = page.locator('#timeline-action');
    await actionFilter.click();
    await actionFilter.fill('ky ban hanh');
    await page.locator('.ant-select-item-option', { hasText: 'Ký ban hành kế hoạch' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByTestId('timeline-total').getByText('1 bước khớp bộ lọc').waitFor();
    await expect(timelineRows().count()).resolves.toBe(1);
    expect(await timelineRows().first().textContent()).toContain('Ký ban hành kế hoạch');

    const auditor = await system.login(AUDITOR);
    const links = (await auditor.get('/audit/operator-links').expect(200)).body as { temporalUi: string; namespace: string };
    const [step] = (
      (await auditor.get(`/campaigns/${campaign.campaignId}/timeline?action=plan_signed`).expect(200)).body as { items: TimelineRow[] }
    ).items;
    const link = timelineRows().first().getByTestId('temporal-link');
    expect(await link.getAttribute('href')).toBe(
      `${links.temporalUi}/namespaces/${links.namespace}/workflows/${encodeURIComponent(step.workflowId)}`,
    );
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('data-workflow-id')).toBe(step.workflowId);
    // Named in words on the Vietnamese page: the plan's signature is recorded by its approval workflow.
    expect(await link.textContent()).toContain('Duyệt kế hoạch');
  });

  it('downloads the filtered timeline as CSV, headed in Vietnamese', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`nhat-ky-${campaign.campaignId}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^STT,Thời điểm \(giờ Việt Nam\),Thời điểm \(UTC\),Hành động,Mã hành động,Người thực hiện,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Ký ban hành kế hoạch');
    await page.getByText(`Đã tải tệp nhat-ky-${campaign.campaignId}.csv`).waitFor();
  });

  it('opens the filtered timeline’s printable copy in a new window, with the chain checked', async () => {
    const [printable] = await Promise.all([
      stack.browser.context.waitForEvent('page'),
      page.getByRole('button', { name: /Mở bản in/ }).click(),
    ]);
    await printable.waitForURL(/^blob:/);
    await printable.getByText('Chuỗi nhật ký toàn vẹn').first().waitFor();
    expect(await printable.locator('tbody tr').count()).toBe(1);
    expect(await printable.textContent('body')).toContain('Ký ban hành kế hoạch');
    await printable.close();
  });

  it('runs the verification of the whole record, shows it running, then says it passed', async () => {
    await page.getByRole('button', { name: 'Chạy kiểm tra' }).click();
    await page.getByRole('status').getByText('Đang kiểm tra…').waitFor();
    const result = page.getByTestId('verification-result');
    await result.waitFor({ timeout: 110_000 });
    expect(await result.textContent()).toContain('Hồ sơ toàn vẹn: không phát hiện sai lệch.');
    expect(await result.textContent()).toMatch(/Chuỗi nhật ký\s*Toàn vẹn: \d+ dòng/);
    expect(await result.textContent()).toMatch(/\d+ quy trình \(\d+ lượt chạy\) chạy lại cho đúng các bước đã ghi\./);
    // Judged at rest: a button still fading out of its loading state, or under the pointer, is paler than it stays.
    await page.locator('.ant-btn-loading').waitFor({ state: 'detached' });
    await page.mouse.move(0, 0);
    await vietnameseAndAccessible();
    await screenshot('audit-verification');
  }, 120_000);

  it('shows the province leader the campaign’s charts, with a commune’s report counted once it is sent', async () => {
    const sent = await campaign.submit(COMMUNE, 'phat-dong', { localPlanReference: '15/KH-UBND' });
    expect(sent.status).toBe(200);
    await eventually('the commune’s report in the read model', async () =>
      (await campaign.progress()).some(
        (row) => row.unitCode === COMMUNE && row.obligationKey === 'phat-dong' && row.status === 'submitted',
      ),
    );
    const leader = await system.login(LEADER);
    const progress = (await leader.get(`/campaigns/${campaign.campaignId}/progress`).expect(200)).body as {
      byLevel: Record<string, { total: number; submitted: number; approved: number; late: number }>;
    };
    const communes = progress.byLevel.xa;
    expect(communes.submitted).toBe(1);

    await signInAt(LEADER, '/tong-quan');
    await page.getByRole('heading', { level: 2, name: 'Tổng quan phong trào' }).waitFor();
    // The newest running campaign is chosen without asking.
    await page.locator('.campaign-picker').getByText(title).waitFor();
    for (const section of ['dashboard-by-level', 'dashboard-by-phase', 'dashboard-late', 'dashboard-trend']) {
      await page.getByTestId(section).locator('svg[role="img"]').first().waitFor();
    }
    await page.getByRole('heading', { level: 3, name: 'Tỷ lệ báo cáo theo cấp' }).waitFor();

    // The numbers behind each chart, readable without the chart: the communes' row, and today's reports.
    const byLevel = page.getByTestId('dashboard-by-level');
    await byLevel.getByText('Bảng số liệu').click();
    const rate = Math.round(((communes.submitted + communes.approved) / communes.total) * 1000) / 10;
    expect(await cellsOf(byLevel.locator('tr.ant-table-row', { hasText: 'Xã' }))).toEqual([
      'Xã',
      String(communes.total),
      String(communes.approved),
      String(communes.submitted),
      `${rate}%`,
      String(communes.late),
    ]);
    const trend = page.getByTestId('dashboard-trend');
    await trend.getByText('Bảng số liệu').click();
    const today = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date());
    expect(await cellsOf(trend.locator('tr.ant-table-row', { hasText: today }))).toEqual([today, '1', '0']);
    expect(await page.getByTestId('dashboard-stats').textContent()).toContain('Đã báo cáo1');
    await vietnameseAndAccessible();
    await screenshot('dashboard');
  });

  it('fits a phone: neither page’s content sticks out sideways at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('dashboard-by-level').locator('svg[role="img"]').first().waitFor();
    await fitsTheWindow(page);
    await screenshot('dashboard-phone');
    await signInAt(AUDITOR, `/kiem-tra?phong-trao=${campaign.campaignId}`);
    await timelineRows().first().waitFor();
    await fitsTheWindow(page);
    await screenshot('audit-phone');
  });
});
