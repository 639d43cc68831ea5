import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { toLocalDate } from '@tdkt/domain';
// The system tests' harness runs the real stack in-process (an app project, like the api it starts); this suite drives it
// through the browser.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEMO_PASSWORD, SystemUnderTest } from '@tdkt/system-tests';
import { accessibilityViolations, visibleText } from './accessibility';
import { watchForProblems } from './browser';
import { englishIn } from './english-words';
import { WebStack } from './web-stack';

const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const ADMIN = 'quantri';
const TU_THINH = 'Ủy ban nhân dân xã Tú Thịnh';
const HOP_THANH = 'Ủy ban nhân dân xã Hợp Thành';
const SON_DUONG = 'Ủy ban nhân dân huyện Sơn Dương';
const NEW_CODE = 'TQ-SD-HOPTHINH';
const NEW_NAME = 'Ủy ban nhân dân xã Hợp Thịnh';

/** dd/mm/yyyy, as the page shows a calendar date. */
const shown = (date: string) => date.split('-').reverse().join('/');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface UnitBody {
  code: string;
  active: boolean;
  successorCode: string | null;
  children: { code: string }[];
}

describe('org upkeep in the browser (Quản trị > Tổ chức) against the real stack', () => {
  let system: SystemUnderTest;
  let stack: WebStack;
  let page: Page;
  let watch: ReturnType<typeof watchForProblems>;
  let baseUrl: string;
  const applications: string[] = [];

  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `org-admin-${name}.png`), fullPage: true });
  /** The antd Form.Item whose label reads exactly `label`, inside `scope`. */
  const item = (scope: Page | Locator, label: string) =>
    scope.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: new RegExp(`^${escape(label)}$`) }) });
  const errorOf = (field: Locator) => field.locator('.ant-form-item-explain-error');
  /** A unit's row on the page's tree. */
  const treeNode = (name: string) =>
    page.locator('.org-tree__row').filter({ has: page.locator('.org-tree__name', { hasText: new RegExp(`^${escape(name)}$`) }) });
  const firstChange = () => page.locator('.org-change[data-change="0"]');
  const openDropdown = () => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  /** Picks a unit in a unit picker by typing part of its name, as an administrator searching the tree does. */
  const pickUnit = async (field: Locator, name: string) => {
    await field.locator('.ant-select-selector').click();
    await page.keyboard.type(name);
    await openDropdown().locator('.ant-select-item-option', { hasText: name }).first().click();
  };

  beforeAll(async () => {
    stack = await WebStack.start();
    ({ system, baseUrl, page, watch } = stack);
    await page.setViewportSize({ width: 1366, height: 900 });
    page.on(
      'request',
      (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/org/changes' && applications.push(request.url()),
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(() => expect(watch.problems).toEqual([]));

  it('opens Tổ chức from the administrator’s navigation, on the tree of their unit', async () => {
    await page.goto(`${baseUrl}/hop-viec`);
    await page.waitForURL(/\/dang-nhap/);
    await page.locator('input[name="username"]').fill(ADMIN);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('official').locator('strong').first().waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Tổ chức', exact: true }).click();
    await page.waitForURL(`${baseUrl}/quan-tri/to-chuc`);
    await page.getByRole('heading', { level: 2, name: 'Quản trị tổ chức' }).waitFor();

    await treeNode('Ủy ban nhân dân tỉnh Tuyên Quang').waitFor();
    await treeNode(SON_DUONG)
      .getByRole('button', { name: `Mở các đơn vị trực thuộc ${SON_DUONG}` })
      .click();
    await treeNode(TU_THINH).waitFor();
    await treeNode(HOP_THANH).waitFor();
    expect(await treeNode(TU_THINH).textContent()).toContain('(TQ-SD-TUTHINH)');
  });

  it('shows the API’s refusal of a code with marks next to the new commune’s code, and no way to apply', async () => {
    await item(page, 'Căn cứ, lý do').locator('textarea').fill('Nghị quyết số 1683/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã');
    const merged = item(firstChange(), 'Các đơn vị hợp nhất');
    await pickUnit(merged, 'Tú Thịnh');
    await pickUnit(merged, 'Hợp Thành');
    await page.keyboard.press('Escape');
    expect(await merged.locator('.ant-select-selection-item').allTextContents()).toEqual([
      `${TU_THINH} (TQ-SD-TUTHINH)`,
      `${HOP_THANH} (TQ-SD-HOPTHANH)`,
    ]);
    const code = item(firstChange(), 'Mã đơn vị mới');
    await code.locator('input').fill('TQ-SD-HỢPTHỊNH');
    await item(firstChange(), 'Tên đơn vị mới').locator('input').fill(NEW_NAME);

    await page.getByRole('button', { name: 'Xem trước' }).click();
    await errorOf(code)
      .getByText(/chỉ được gồm chữ không dấu/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Áp dụng' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('org-effects').count()).toBe(0);
    expect(applications).toEqual([]);
    await screenshot('01-error-on-field');
    await firstChange().screenshot({ path: join(SCREENSHOTS, 'org-admin-01-change-error.png') });
  });

  it('previews the corrected merge in plain Vietnamese, then applies it once', async () => {
    const code = item(firstChange(), 'Mã đơn vị mới');
    await code.locator('input').fill(NEW_CODE);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const effects = page.getByTestId('org-effects');
    await effects.getByText(`Thành lập ${NEW_NAME} (${NEW_CODE}), trực thuộc ${SON_DUONG}.`).waitFor();
    await effects.getByText(`${TU_THINH} sáp nhập vào ${NEW_NAME}.`).waitFor();
    await effects.getByText(`${HOP_THANH} sáp nhập vào ${NEW_NAME}.`).waitFor();
    // The communes' officials (a specialist and a leader each) follow them.
    await effects.getByText(new RegExp(`^\\d+ cán bộ chuyển từ ${escape(TU_THINH)} sang ${escape(NEW_NAME)}\\.$`)).waitFor();
    // The field's error leaves (antd fades it out) once the preview no longer has it.
    await errorOf(code).waitFor({ state: 'detached' });
    expect(englishIn(await visibleText(page))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot('02-preview');

    // Editing after the preview takes the way to apply away until the set is previewed again.
    const apply = page.getByRole('button', { name: 'Áp dụng' });
    expect(await apply.isEnabled()).toBe(true);
    await item(page, 'Căn cứ, lý do').locator('textarea').fill('Nghị quyết số 1683/NQ-UBTVQH15');
    await page.getByText('Nội dung đã sửa sau lần xem trước').waitFor();
    expect(await apply.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText('Bộ thay đổi không có lỗi').waitFor();

    // A double click is one application.
    await apply.dblclick();
    await page
      .getByRole('status')
      .getByText(`Đã áp dụng bộ thay đổi, có hiệu lực từ ngày ${shown(toLocalDate(new Date()))}.`)
      .waitFor();
    expect(applications).toHaveLength(1);
  });

  it('shows both communes as merged into the new one, on the tree and in the recorded sets', async () => {
    await treeNode(NEW_NAME).waitFor();
    for (const commune of [TU_THINH, HOP_THANH]) {
      const node = treeNode(commune);
      await node.locator('.org-tree__successor', { hasText: `đã sáp nhập vào ${NEW_NAME}` }).waitFor();
      expect(await node.getAttribute('class')).toContain('org-tree__row--dissolved');
    }
    const row = page.locator('.org-admin__list tbody tr').first();
    await row.getByText('Đã áp dụng').waitFor();
    expect(await row.textContent()).toContain(`${TU_THINH} sáp nhập vào ${NEW_NAME}.`);
    await screenshot('03-applied');

    // The API agrees: the communes are dissolved into the new one, which hangs under the district.
    const admin = await system.login(ADMIN);
    for (const code of ['TQ-SD-TUTHINH', 'TQ-SD-HOPTHANH']) {
      const unit = (await admin.get(`/units/${code}`).expect(200)).body as UnitBody;
      expect(unit).toMatchObject({ active: false, successorCode: NEW_CODE });
    }
    const district = (await admin.get('/units/TQ-SD').expect(200)).body as UnitBody;
    expect(district.children.map((c) => c.code)).toEqual([NEW_CODE]);
  });

  it('opens a dissolved commune’s history: its versions, and who led it on a day', async () => {
    await treeNode(TU_THINH)
      .getByRole('button', { name: `Lịch sử của ${TU_THINH}` })
      .click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText(`Lịch sử: ${TU_THINH}`).waitFor();
    await drawer.locator('tbody tr', { hasText: 'Đã giải thể' }).waitFor();
    // Today it is recorded as dissolved under its district, and its officials are the new commune's.
    await drawer.getByText(`Ngày này đơn vị đã giải thể; tên cuối cùng ${TU_THINH}, trực thuộc ${SON_DUONG}.`).waitFor();
    await drawer.locator('.org-history__leaders').getByText('Không có ai').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot('04-history');
    await page.locator('.ant-drawer-close').click();
  });

  it('takes the set as CSV too, each problem shown under the box by its row and column', async () => {
    const header = 'kind,unitCode,name,parentCode,unitCodes,intoCode,statisticsCode,dutiesTo,successorCode';
    await page.getByText('Dán hoặc tải tệp CSV').click();
    const csv = item(page, 'Nội dung tệp CSV');
    await item(page, 'Căn cứ, lý do').locator('textarea').fill('Cập nhật mã đơn vị hành chính theo danh mục thống kê');
    await csv.locator('textarea').fill(`${header}\nrename,TQ-YS-KHONGCO,,,,,08941,,\n`);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await errorOf(csv).getByText('Dòng 1 dưới tiêu đề, cột unitCode: Không có đơn vị mã "TQ-YS-KHONGCO".').waitFor();
    expect(await page.getByRole('button', { name: 'Áp dụng' }).isDisabled()).toBe(true);

    await csv.locator('textarea').fill(`${header}\nrename,TQ-YS-LANGQUAN,,,,,08941,,\n`);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByTestId('org-effects').getByText('Mã ĐVHC của Ủy ban nhân dân xã Lang Quán: — → 08941.').waitFor();
    await errorOf(csv).waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Áp dụng' }).isEnabled()).toBe(true);
    await screenshot('05-csv-preview');
    // Only previewed: nothing more was recorded.
    expect(applications).toHaveLength(1);
  });
});
