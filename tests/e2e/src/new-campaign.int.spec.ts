import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { toLocalDate, WorkingDayCalendar, type LocalDate, type PlanDefinition } from '@tdkt/domain';
// The system tests' harness runs the real stack in-process (an app project, like the api it starts); this suite drives it
// through the browser.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEMO_PASSWORD, eventually, SystemUnderTest } from '@tdkt/system-tests';
import { WebStack } from './web-stack';
import { accessibilityViolations } from './accessibility';
import { watchForProblems } from './browser';

const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const DRAFTER = 'chuyenvien.tinh';

/** dd/mm/yyyy, as the page shows a calendar date. */
const shown = (date: string) => date.split('-').reverse().join('/');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CampaignBody {
  id: string;
  year: number;
  status: string;
  title: string;
  plan: PlanDefinition;
}

describe('drafting a campaign in the browser (Tạo phong trào) against the real stack', () => {
  let system: SystemUnderTest;
  let stack: WebStack;
  let page: Page;
  let watch: ReturnType<typeof watchForProblems>;
  let baseUrl: string;
  const planPosts: string[] = [];
  // The template is filled for next year, as a drafter at the end of the year does.
  const year = Number(toLocalDate(new Date()).slice(0, 4)) + 1;
  const launchOpens = `${year}-08-12` as LocalDate;
  let createdId: string;

  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `new-campaign-${name}.png`), fullPage: true });
  /** The antd Form.Item whose label reads exactly `label`, inside `scope`. */
  const item = (scope: Page | Locator, label: string) =>
    scope.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: new RegExp(`^${escape(label)}$`) }) });
  const choose = async (field: Locator, option: string | RegExp) => {
    await field.locator('.ant-select-selector').click();
    const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
    await dropdown.waitFor({ state: 'hidden' });
  };
  const fillDate = async (field: Locator, date: string) => {
    const input = field.locator('input');
    await input.click();
    await input.fill(shown(date));
    await input.press('Enter');
  };
  const errorOf = (field: Locator) => field.locator('.ant-form-item-explain-error');
  const launchPhase = () => page.locator('fieldset.plan-phase').first();
  /** The catalogue entry an award form of the plan shows as chosen. */
  const catalogueEntryOf = (award: string) =>
    item(
      page.locator('fieldset.plan-award', { has: page.locator('legend', { hasText: award }) }),
      'Hình thức trong danh mục khen thưởng',
    ).locator('.ant-select-selection-item');
  const launchDue = () => launchPhase().locator('.plan-due').first();
  const api = async () => system.login(DRAFTER);
  // Requests the page has open: an app page's own queries must finish before a step navigates away (an aborted request
  // is a problem), and an app route change is no page load Playwright could wait for.
  const inFlight = new Set<unknown>();
  const settled = async () => {
    for (let quiet = 0; quiet < 5; quiet = inFlight.size ? 0 : quiet + 1) await page.waitForTimeout(100);
  };

  beforeAll(async () => {
    stack = await WebStack.start();
    ({ system, baseUrl, page, watch } = stack);
    await page.setViewportSize({ width: 1280, height: 900 });
    page.on('request', (request) => inFlight.add(request));
    page.on('requestfinished', (request) => inFlight.delete(request));
    page.on('requestfailed', (request) => inFlight.delete(request));
    page.on(
      'request',
      (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/campaigns' && planPosts.push(request.url()),
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(() => expect(watch.problems).toEqual([]));

  it('opens Tạo phong trào from the campaign list', async () => {
    await page.goto(`${baseUrl}/phong-trao`);
    await page.waitForURL(/\/dang-nhap/);
    await page.locator('input[name="username"]').fill(DRAFTER);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/phong-trao$/);
    await page.locator('section[aria-labelledby="campaigns-heading"]').getByRole('link', { name: 'Tạo phong trào' }).click();
    await page.waitForURL(`${baseUrl}/phong-trao/moi`);
    await page.getByRole('heading', { level: 2, name: 'Tạo phong trào' }).waitFor();
    expect(await page.locator('h2').count()).toBe(1);
  });

  it('fills the Chuyển đổi số template for the province and next year, and previews a deadline counted in working days', async () => {
    await choose(item(page, 'Mẫu kế hoạch'), 'Chuyển đổi số');
    await page.getByText(/Các chỗ trống của mẫu \(\d+\)/).click();
    await page.locator('.start-from__placeholders code', { hasText: '{{year+3}}' }).waitFor();
    expect(await item(page, 'Năm kế hoạch').locator('input').inputValue()).toBe(String(year));
    // The province has two departments: which one appraises is the drafter's to say, not guessed.
    await page.getByRole('button', { name: 'Điền vào biểu mẫu' }).click();
    await errorOf(item(page, 'Cơ quan thẩm định, tổng hợp')).getByText('Chọn cơ quan thẩm định, tổng hợp.').waitFor();
    await choose(item(page, 'Cơ quan thẩm định, tổng hợp'), 'Sở Nội vụ');
    await screenshot('01-start-from-template');
    await page.getByRole('button', { name: 'Điền vào biểu mẫu' }).click();

    const title = item(page, 'Tên kế hoạch').locator('textarea');
    await title.waitFor();
    expect(await title.inputValue()).toContain(`Chuyển đổi số tỉnh Tuyên Quang đến năm ${year + 3}`);
    expect(await item(page, 'Văn bản căn cứ 1').locator('input').inputValue()).toBe(
      'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ',
    );
    // The template's award forms name their catalogue entries, shown by name once GET /award-forms answers; the
    // catalogue has Huân chương Lao động in one class only, which the plan does not name.
    await catalogueEntryOf('Giấy khen của Thủ trưởng')
      .filter({ hasText: /^Giấy khen$/ })
      .waitFor();
    await catalogueEntryOf('Huân chương Lao động')
      .filter({ hasText: /^Không theo danh mục$/ })
      .waitFor();

    // The launch is due 15 working days after it opens, instead of on a fixed date.
    await choose(item(launchDue(), 'Cách tính'), 'Số ngày làm việc tính từ một mốc');
    await item(launchDue(), 'Số ngày làm việc').locator('input').fill('15');
    await choose(item(launchDue(), 'Tính từ'), /^Khi bắt đầu: Ban hành Kế hoạch/);

    const calendar = new WorkingDayCalendar();
    const due = calendar.addWorkingDays(launchOpens, 15);
    expect(calendar.isWorkingDay(due)).toBe(true);
    expect(calendar.isHoliday(due)).toBe(false);
    const steppedOver = calendar.holidaysIn(year).filter((h) => h.date > launchOpens && h.date < due && calendar.isHoliday(h.date));
    const preview = launchPhase().locator('[data-preview="phat-dong|due|default"]');
    await preview.getByText(shown(due), { exact: false }).waitFor();
    const text = (await preview.textContent()) ?? '';
    expect(text).toMatch(new RegExp(`^.*Hạn: ${escape(shown(due))} \\((thứ (Hai|Ba|Tư|Năm|Sáu))\\) — 15 ngày làm việc sau khi bắt đầu`));
    expect(text).toContain(`(${shown(launchOpens)})`);
    for (const holiday of steppedOver) expect(text).toContain(`${shown(holiday.date).slice(0, 5)} (${holiday.name})`);
    expect(await launchPhase().locator('[data-preview="phat-dong|opens"]').textContent()).toContain(`Bắt đầu: ${shown(launchOpens)}`);
    await preview.scrollIntoViewIfNeeded();
    await screenshot('02-working-day-preview');
    await launchPhase().screenshot({ path: join(SCREENSHOTS, 'new-campaign-02-launch-phase.png') });
  });

  it('picks participants on the unit tree: a department left out by name, the Front committee added by name', async () => {
    // A specialist reads their own unit and its children (GET /units answers no more): the communes' level is left for the API.
    await page.getByText('Các cấp dưới đơn vị của bạn chưa đọc được').waitFor();
    const stttt = page.locator('.ant-tree-treenode', { hasText: 'Sở Thông tin và Truyền thông' });
    const front = page.locator('.ant-tree-treenode', { hasText: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang' });
    expect(await stttt.locator('.ant-tree-checkbox-checked').count()).toBe(1);
    expect(await stttt.textContent()).toContain('Các cơ quan, tổ chức, đơn vị cấp tỉnh');
    expect(await front.locator('.ant-tree-checkbox-checked').count()).toBe(0);
    await stttt.locator('.ant-tree-checkbox').click();
    await front.locator('.ant-tree-checkbox').click();
    const summary = page.getByTestId('participants-summary');
    await summary.getByText('Thêm riêng: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang.').waitFor();
    await summary.getByText('Loại trừ: Sở Thông tin và Truyền thông.').waitFor();
    expect(await stttt.locator('.ant-tree-checkbox-checked').count()).toBe(0);
    expect(await front.locator('.ant-tree-checkbox-checked').count()).toBe(1);
  });

  it('shows the domain validator’s messages on their fields before anything is sent', async () => {
    const title = item(page, 'Tên kế hoạch');
    await title.locator('textarea').fill('');
    // Due 3 working days before the launch opens.
    await item(launchDue(), 'Số ngày làm việc').locator('input').fill('-3');
    await page.getByRole('button', { name: 'Trình duyệt' }).click();

    await errorOf(title).getByText('Chưa nhập tiêu đề kế hoạch (title).').waitFor();
    await errorOf(item(launchDue(), 'Số ngày làm việc'))
      .getByText(/sớm hơn thời điểm bắt đầu bước/)
      .first()
      .waitFor();
    await page
      .getByRole('alert')
      .getByText(/Kế hoạch có \d+ lỗi cần sửa trước khi trình\./)
      .waitFor();
    expect(planPosts).toEqual([]);
    await screenshot('03-errors-on-fields');
    await launchPhase().screenshot({ path: join(SCREENSHOTS, 'new-campaign-03-launch-phase-error.png') });
    await title.screenshot({ path: join(SCREENSHOTS, 'new-campaign-03-title-error.png') });

    await title.locator('textarea').fill(`Phát động Phong trào thi đua “Chuyển đổi số tỉnh Tuyên Quang đến năm ${year + 3}”`);
    await item(launchDue(), 'Số ngày làm việc').locator('input').fill('15');
  });

  it('shows on its field what only the API refuses: a phase opening before today', async () => {
    watch.allow(/400\b.*\/campaigns\)?$/);
    const lastWeek = toLocalDate(new Date(Date.now() - 7 * 86_400_000));
    const opening = item(launchPhase().locator('.plan-phase__dates'), 'Ngày');
    await fillDate(opening, lastWeek);
    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await errorOf(opening)
      .getByText(
        `Giai đoạn "Ban hành Kế hoạch và tổ chức phát động phong trào thi đua (hoàn thành trong quý III năm ${year})" mở từ ngày ${lastWeek}, trước hôm nay.`,
      )
      .waitFor();
    await page
      .getByRole('alert')
      .getByText(/giai đoạn mở từ ngày đã qua/)
      .waitFor();
    expect(planPosts).toHaveLength(1);
    // The title's earlier error is gone (it fades out, so it is waited for rather than counted at once).
    await errorOf(item(page, 'Tên kế hoạch')).first().waitFor({ state: 'detached' });
    await screenshot('04-api-error-on-field');
    await launchPhase().screenshot({ path: join(SCREENSHOTS, 'new-campaign-04-launch-phase-api-error.png') });
    await fillDate(opening, launchOpens);
  });

  it('submits the plan for approval, lands on the new campaign, which the API shows in approval at Sở Nội vụ', async () => {
    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.waitForURL(/\/phong-trao\/[0-9a-f-]{36}$/);
    await page.getByText('Đã trình duyệt kế hoạch.').waitFor();
    expect(planPosts).toHaveLength(2);
    createdId = new URL(page.url()).pathname.split('/').pop()!;
    // The campaign page's own requests finish before the next step navigates away (an aborted request is a problem).
    await settled();
    await screenshot('05-submitted');

    const drafter = await api();
    const campaign = (await drafter.get(`/campaigns/${createdId}`).expect(200)).body as CampaignBody;
    expect(campaign).toMatchObject({ status: 'in_approval', year, templateKey: 'ubnd-chuyen-doi-so' });
    expect(campaign.title).toBe(`Phát động Phong trào thi đua “Chuyển đổi số tỉnh Tuyên Quang đến năm ${year + 3}”`);
    const launch = campaign.plan.stages[0].phases[0];
    expect(launch.opensAt).toEqual({ kind: 'date', date: launchOpens });
    expect(launch.dueByLevel).toEqual({ default: { kind: 'workingDaysAfter', anchor: 'phat-dong.opens', days: 15 } });
    expect(campaign.plan.participants).toEqual({
      levels: ['tinh', 'huyen', 'xa'],
      kinds: ['so', 'ubnd'],
      unitCodes: ['TQ-MTTQ'],
      excludeUnitCodes: ['TQ-STTTT'],
    });
    // The level the browser could not read was filled by the API, from the same template.
    expect(campaign.plan.participantGroups.map((group) => group.match.levels)).toEqual([['tinh'], ['huyen'], ['xa']]);
    expect(campaign.plan.approvalChain[0].unitCode).toBe('TQ-SNV');
    expect(campaign.plan.awardForms.map((form) => [form.key, form.catalogueKey])).toEqual([
      ['huan-chuong-lao-dong', undefined],
      ['bang-khen-thu-tuong', 'bang-khen-thu-tuong'],
      ['bang-khen-chu-tich-ubnd-tinh', 'bang-khen-chu-tich-ubnd-tinh'],
      ['giay-khen-thu-truong', 'giay-khen'],
    ]);
    const snv = await system.login('lanhdao.snv');
    await eventually('the plan in the inbox of Sở Nội vụ', async () => {
      const inbox = (await snv.get('/inbox').expect(200)).body as { items: { campaignId: string; kind: string }[] };
      return inbox.items.some((i) => i.campaignId === createdId && i.kind === 'plan_approval');
    });
  });

  it('clones an existing campaign for the next year: opened in the form first, then at once', async () => {
    await page.goto(`${baseUrl}/phong-trao/moi`);
    await page.locator('.start-from__choice label', { hasText: 'Phong trào đã có' }).click();
    await choose(item(page, 'Phong trào'), `(Đang trình duyệt, ${year})`);
    expect(await item(page, 'Năm của kế hoạch mới').locator('input').inputValue()).toBe(String(year + 1));
    await page.getByRole('button', { name: 'Sửa trong biểu mẫu' }).click();
    // The same domain function as the API's clone moves the dates a year on, to a working day.
    const opens = await launchPhase().locator('[data-preview="phat-dong|opens"]').textContent();
    expect(opens).toContain(`/08/${year + 1}`);
    expect(await item(page, 'Năm kế hoạch').locator('input').inputValue()).toBe(String(year + 1));
    await screenshot('06-clone-in-form');

    await page.getByRole('button', { name: 'Nhân bản và trình ngay' }).click();
    await page.waitForURL((url) => /\/phong-trao\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(createdId));
    await page.getByText(`Đã nhân bản kế hoạch sang năm ${year + 1} và trình duyệt.`).waitFor();
    const cloneId = new URL(page.url()).pathname.split('/').pop()!;
    await settled();
    const clone = (await (await api()).get(`/campaigns/${cloneId}`).expect(200)).body as CampaignBody;
    expect(clone).toMatchObject({ status: 'in_approval', year: year + 1 });
    expect(clone.plan.stages[0].phases[0].dueByLevel.default).toEqual({ kind: 'workingDaysAfter', anchor: 'phat-dong.opens', days: 15 });
    expect((clone.plan.stages[0].phases[0].opensAt as { date: string }).date.slice(0, 7)).toBe(`${year + 1}-08`);
  });

  it('passes axe (WCAG 2 A and AA) with the form open, and fits a 390 px phone', async () => {
    await page.goto(`${baseUrl}/phong-trao/moi`);
    await choose(item(page, 'Mẫu kế hoạch'), 'Chuyển đổi số');
    await choose(item(page, 'Cơ quan thẩm định, tổng hợp'), 'Sở Nội vụ');
    await page.getByRole('button', { name: 'Điền vào biểu mẫu' }).click();
    await item(page, 'Tên kế hoạch').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A leader reads the tree below their unit: its branches open on demand (GET /units/{code}), levels known at once.
    const leaderPage = await stack.browser.context.newPage();
    const leaderWatch = watchForProblems(leaderPage);
    await leaderPage.goto(`${baseUrl}/phong-trao/moi`);
    await leaderPage.locator('input[name="username"]').fill('lanhdao.tinh');
    await leaderPage.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await leaderPage.locator('button[type="submit"]').click();
    await leaderPage.getByRole('heading', { level: 2, name: 'Tạo phong trào' }).waitFor();
    const loads: string[] = [];
    leaderPage.on(
      'request',
      (request) => new URL(request.url()).pathname.startsWith('/units/') && loads.push(new URL(request.url()).pathname),
    );
    const templateField = leaderPage.locator('.ant-form-item').filter({ has: leaderPage.locator('label', { hasText: /^Mẫu kế hoạch$/ }) });
    await templateField.locator('.ant-select-selector').click();
    await leaderPage
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: 'Chuyển đổi số' })
      .click();
    const appraiserField = leaderPage
      .locator('.ant-form-item')
      .filter({ has: leaderPage.locator('label', { hasText: /^Cơ quan thẩm định, tổng hợp$/ }) });
    await appraiserField.locator('.ant-select-selector').click();
    await leaderPage
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: 'Sở Nội vụ' })
      .click();
    await leaderPage.getByRole('button', { name: 'Điền vào biểu mẫu' }).click();
    const yenSon = leaderPage.locator('.ant-tree-treenode', { hasText: 'Ủy ban nhân dân huyện Yên Sơn' });
    await yenSon.locator('.ant-tree-switcher').click();
    const langQuan = leaderPage.locator('.ant-tree-treenode', { hasText: 'Ủy ban nhân dân xã Lang Quán' });
    await langQuan.waitFor();
    expect(loads).toContain('/units/TQ-YS');
    expect(await langQuan.textContent()).toContain('Cấp xã');
    expect(await langQuan.locator('.ant-tree-checkbox-checked').count()).toBe(1);
    expect(await leaderPage.getByText('Các cấp dưới đơn vị của bạn chưa đọc được').count()).toBe(0);
    await leaderPage.screenshot({ path: join(SCREENSHOTS, 'new-campaign-08-leader-tree.png') });
    await leaderPage.close();
    expect(leaderWatch.problems).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await launchPhase().scrollIntoViewIfNeeded();
    // Nothing of this page reaches past the right edge (it would scroll sideways): named, so a failure says what to fix.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('.new-campaign *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .filter((element) => !element.closest('.plan-tree, .ant-select-dropdown, .ant-picker-dropdown'))
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
        .slice(0, 10),
    );
    expect(overflowing).toEqual([]);
    await screenshot('07-phone');
  });
});
