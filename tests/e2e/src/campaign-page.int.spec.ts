import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
// The system tests' harness runs the real stack in-process (an app project, like the api it starts); this suite drives it
// through the browser.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CampaignFlow, DEMO_PASSWORD, eventually, Official } from '@tdkt/system-tests';
import { accessibilityViolations, visibleText } from './accessibility';
import { WebStack } from './web-stack';
import { watchForProblems } from './browser';
import { englishIn } from './english-words';

const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const PROVINCE_LEADER = 'lanhdao.tinh';
const DISTRICT_LEADER = 'lanhdao.ys';
const DISTRICT = 'TQ-YS';
const COMMUNE = 'TQ-YS-THANGQUAN';
const LAUNCH = 'phat-dong';
const STATES = ['pending', 'submitted', 'returned', 'approved', 'late'] as const;
type State = (typeof STATES)[number];

interface StatusCounts {
  pending: number;
  open: number;
  submitted: number;
  returned: number;
  approved: number;
  late: number;
  total: number;
}

/** The launch phase's counts as the page should show them to this official: "not sent" joins not open and open. */
async function launchCounts(official: Official, campaignId: string): Promise<Record<State, number> & { total: number }> {
  const body = (await official.get(`/campaigns/${campaignId}/progress`).expect(200)).body as { byPhase: Record<string, StatusCounts> };
  const phase = body.byPhase[LAUNCH];
  return {
    pending: phase.pending + phase.open,
    submitted: phase.submitted,
    returned: phase.returned,
    approved: phase.approved,
    late: phase.late,
    total: phase.total,
  };
}

describe('the campaign page and the drill-down to a unit, in a real browser against the real stack', () => {
  let stack: WebStack;
  let page: Page;
  let watch: ReturnType<typeof watchForProblems>;
  let baseUrl: string;
  let campaign: CampaignFlow;
  let detail: { title: string; planNumber: string };
  let names: Record<string, string>;

  /**
   * Each state of the page is photographed, and must be accessible (WCAG A/AA) and Vietnamese throughout, but for the
   * plan's own words, shown as written (seed 003 writes "mã QR code").
   */
  const screenshot = async (name: string) => {
    await page.screenshot({ path: join(SCREENSHOTS, `campaign-${name}.png`), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    const planWords = new Set(englishIn(JSON.stringify(template)));
    expect(englishIn(await visibleText(page)).filter((word) => !planWords.has(word))).toEqual([]);
  };
  const overflowsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  const campaignUrl = () => `${baseUrl}/phong-trao/${campaign.campaignId}`;
  const countOf = async (state: State) => Number(await page.getByTestId(`phase-count-${LAUNCH}-${state}`).getAttribute('data-count'));
  const logInAs = async (username: string) => {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
  };

  beforeAll(async () => {
    stack = await WebStack.start();
    ({ baseUrl, page, watch } = stack);
    campaign = await stack.runningCampaign();
    // The commune's launch must be open before it can be sent.
    await eventually('the commune’s launch open', async () =>
      (await campaign.progress()).some((row) => row.unitCode === COMMUNE && row.obligationKey === LAUNCH && row.status === 'open'),
    );
    const leader = await campaign.as(PROVINCE_LEADER);
    detail = (await leader.get(`/campaigns/${campaign.campaignId}`).expect(200)).body;
    names = Object.fromEntries(
      await Promise.all(
        ['TQ', DISTRICT, COMMUNE].map(async (code) => [code, (await leader.get(`/units/${code}`).expect(200)).body.name as string]),
      ),
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(() => expect(watch.problems).toEqual([]));

  it('shows the provincial leader the plan as its document: number, date line, title, criteria, signature', async () => {
    await page.goto(campaignUrl());
    await page.waitForURL(/\/dang-nhap\?next=/);
    await logInAs(PROVINCE_LEADER);
    await page.waitForURL(campaignUrl());
    await page.getByRole('heading', { level: 2, name: detail.title }).waitFor();
    expect(await page.getByTestId('campaign-page-status').textContent()).toBe('Đang triển khai');

    await page.getByRole('tab', { name: 'Văn bản kế hoạch' }).click();
    const document = page.getByTestId('plan-document');
    await document.waitFor();
    expect(await document.getByTestId('plan-number').textContent()).toBe(`Số: ${detail.planNumber}`);
    expect(await document.getByTestId('plan-title').textContent()).toBe(detail.title);
    expect(await document.textContent()).toMatch(/Tuyên Quang, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}/);
    expect(await document.textContent()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(await document.textContent()).toContain('Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ');
    expect(await document.textContent()).toContain('Hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến (tối thiểu)');
    expect(await document.textContent()).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    // Signed by the deputy chairman in place of the chairman, on behalf of the committee.
    const signature = await document.getByTestId('plan-signature').textContent();
    expect(signature).toContain('KT. CHỦ TỊCH');
    expect(signature).toContain('PHÓ CHỦ TỊCH');
    expect(signature).not.toContain('chưa ký');
    const head = await document.boundingBox();
    await page.screenshot({ path: join(SCREENSHOTS, 'campaign-plan-head.png'), clip: { ...head!, height: 700 } });
    await document.locator('.plan-doc__foot').screenshot({ path: join(SCREENSHOTS, 'campaign-plan-signature.png') });
    await screenshot('plan');
  });

  it('draws the lifecycle in plan order with the launch phase’s counts, as the API counts them', async () => {
    await page.getByRole('tab', { name: 'Tiến độ' }).click();
    const expected = await launchCounts(await campaign.as(PROVINCE_LEADER), campaign.campaignId);
    expect(expected.total).toBeGreaterThan(1);
    for (const state of STATES)
      await page.waitForFunction(
        ([id, count]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-count') === count,
        [`phase-count-${LAUNCH}-${state}`, String(expected[state])],
      );
    expect(await page.getByTestId(`phase-${LAUNCH}`).textContent()).toContain(`Tổng số việc: ${expected.total}`);
    const phases = await page.locator('ol.lifecycle > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));
    expect(phases).toEqual(['phat-dong', 'trien-khai', 'so-ket-2023', 'tong-ket-2025', 'khen-thuong-2025'].map((key) => `phase-${key}`));
    expect(await page.getByTestId(`phase-${LAUNCH}`).textContent()).toMatch(/Hạn: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await page.locator('section[aria-labelledby="lifecycle-heading"]').screenshot({ path: join(SCREENSHOTS, 'campaign-lifecycle.png') });
    await screenshot('progress');
  });

  it('counts the commune’s launch as sent once it submits, on the page’s own refresh, and lists the commune', async () => {
    const before = await countOf('submitted');
    const sent = await campaign.submit(COMMUNE, LAUNCH, { localPlanReference: '15/KH-UBND' });
    expect(sent.status).toBe(200);
    const leader = await campaign.as(PROVINCE_LEADER);
    await eventually(
      'the read model counts the submission',
      async () => (await launchCounts(leader, campaign.campaignId)).submitted > before,
    );
    // No reload: the counts refresh by themselves every 30 seconds.
    await page.waitForFunction(
      ([id, count]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-count') === count,
      [`phase-count-${LAUNCH}-submitted`, String(before + 1)],
      { timeout: 45_000 },
    );

    await page.getByTestId(`phase-count-${LAUNCH}-submitted`).click();
    const list = page.getByTestId('units-of-state');
    const row = list.locator('tr.ant-table-row', { hasText: names[COMMUNE] });
    await row.waitFor();
    expect(await list.getByRole('heading', { level: 4 }).textContent()).toContain('Đã nộp');
    expect(await row.textContent()).toContain('Đã nộp, chờ duyệt');
    expect(await row.getByRole('link', { name: names[COMMUNE] }).getAttribute('href')).toBe(
      `/phong-trao/${campaign.campaignId}/don-vi/${COMMUNE}`,
    );
    await screenshot('units-of-state');

    // The plan number the commune sent with its launch is listed among the units' own plans.
    await page.getByRole('tab', { name: 'Kế hoạch cấp dưới' }).click();
    const localPlan = page.locator('tr.ant-table-row', { hasText: '15/KH-UBND' });
    await localPlan.waitFor();
    expect(await localPlan.getByRole('link', { name: COMMUNE }).getAttribute('href')).toBe(
      `/phong-trao/${campaign.campaignId}/don-vi/${COMMUNE}`,
    );
    await screenshot('lower');
    await page.getByRole('tab', { name: 'Tiến độ' }).click();
  });

  it('drills down the unit tree to the commune’s page: its place, its obligation, its history with the submission', async () => {
    await page.getByRole('button', { name: `Mở các đơn vị trực thuộc ${names[DISTRICT]}` }).click();
    await page.locator('.unit-tree').getByRole('link', { name: names[COMMUNE] }).click();
    await page.waitForURL(`${campaignUrl()}/don-vi/${COMMUNE}`);
    await page.getByRole('heading', { level: 2, name: names[COMMUNE] }).waitFor();

    const breadcrumb = page.getByRole('navigation', { name: 'Vị trí trang' });
    await breadcrumb.getByRole('link', { name: names.TQ }).waitFor();
    expect(await breadcrumb.getByRole('link', { name: names[DISTRICT] }).getAttribute('href')).toBe(
      `/phong-trao/${campaign.campaignId}/don-vi/${DISTRICT}`,
    );

    const launch = page.getByTestId('unit-obligations').locator('tr.ant-table-row', { hasText: 'Phát động' });
    expect(await launch.textContent()).toContain('Đã nộp, chờ duyệt');
    expect(await launch.getByRole('link').first().getAttribute('href')).toBe(
      `/phong-trao/${campaign.campaignId}/don-vi/${COMMUNE}/viec/${LAUNCH}`,
    );

    const submitter = (await (await campaign.as('chuyenvien.ys-thangquan')).get('/me').expect(200)).body.fullName as string;
    const submitted = page.getByTestId('unit-history').locator('[data-action="report_submitted"]');
    await submitted.waitFor();
    expect(await submitted.textContent()).toContain(submitter);
    expect(await submitted.textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await screenshot('unit');
  });

  it('shows the district leader the counts of its own subtree only', async () => {
    const province = await launchCounts(await campaign.as(PROVINCE_LEADER), campaign.campaignId);
    const district = await launchCounts(await campaign.as(DISTRICT_LEADER), campaign.campaignId);
    expect(district.total).toBeLessThan(province.total);
    expect(district.submitted).toBe(1);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/dang-nhap/);
    await page.goto(campaignUrl());
    await page.waitForURL(/\/dang-nhap\?next=/);
    await logInAs(DISTRICT_LEADER);
    await page.waitForURL(campaignUrl());
    for (const state of STATES)
      await page.waitForFunction(
        ([id, count]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-count') === count,
        [`phase-count-${LAUNCH}-${state}`, String(district[state])],
      );
    expect(await page.getByTestId(`phase-${LAUNCH}`).textContent()).toContain(`Tổng số việc: ${district.total}`);
    // The drill-down starts from the district itself.
    await page.locator('.unit-tree').getByRole('link', { name: names[DISTRICT] }).waitFor();
    expect(await page.locator('.unit-tree').getByRole('link', { name: names.TQ }).count()).toBe(0);
    await screenshot('district');
  });

  it('fits a phone: the lifecycle, the plan and the unit page, without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId(`phase-count-${LAUNCH}-submitted`).waitFor();
    expect(await overflowsSideways()).toBe(false);
    await page
      .locator('section[aria-labelledby="lifecycle-heading"]')
      .screenshot({ path: join(SCREENSHOTS, 'campaign-phone-lifecycle.png') });
    await screenshot('phone');

    await page.getByRole('tab', { name: 'Văn bản kế hoạch' }).click();
    await page.getByTestId('plan-document').waitFor();
    expect(await overflowsSideways()).toBe(false);
    await screenshot('phone-plan');

    await page.getByRole('tab', { name: 'Tiến độ' }).click();
    await page.locator('.unit-tree').getByRole('link', { name: names[COMMUNE] }).click();
    await page.getByTestId('unit-history').waitFor();
    expect(await overflowsSideways()).toBe(false);
    await screenshot('phone-unit');
  });
});
