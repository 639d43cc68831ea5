import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEMO_PASSWORD } from '@tdkt/system-tests';
import { accessibilityViolations, visibleText } from './accessibility';
import { watchForProblems } from './browser';
import { englishIn } from './english-words';
import { WebStack } from './web-stack';

const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const USERNAME = 'chuyenvien.ys-hoa';
const FULL_NAME = 'Nguyễn Thị Hoà';

describe('Tài khoản cán bộ: the administrator adds and closes an account, in a real browser against the real stack', () => {
  let stack: WebStack;
  let page: Page;
  let watch: ReturnType<typeof watchForProblems>;
  let baseUrl: string;
  let oneTimePassword: string;

  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  /** A sign-in through the API, as the official would type it: the status says whether the account opens. */
  const signInStatus = async (password: string) =>
    (
      await fetch(`${baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: USERNAME, password }),
      })
    ).status;
  /** A choice the add-official dialog shows as made (its unit, its roles). */
  const chosen = (text: string) => page.getByRole('dialog').locator('.ant-select-selection-item', { hasText: text });
  const row = () => page.getByTestId('officials-table').locator('tr.ant-table-row', { hasText: USERNAME });

  beforeAll(async () => {
    stack = await WebStack.start();
    ({ baseUrl, page, watch } = stack);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(() => expect(watch.problems).toEqual([]));

  it('shows the page in the administrator’s menu, and adds an official whose one-time password is shown once', async () => {
    await page.goto(`${baseUrl}/quan-tri/can-bo`);
    await page.waitForURL(/\/dang-nhap\?next=/);
    await page.locator('input[name="username"]').fill('quantri');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByRole('heading', { level: 2, name: 'Quản trị tài khoản cán bộ' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Tài khoản cán bộ' }).waitFor();
    await page.getByTestId('officials-table').getByText('lanhdao.tinh').waitFor();

    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill(USERNAME);
    await dialog.getByLabel('Họ và tên').fill(FULL_NAME);
    await dialog.getByLabel('Thư điện tử').fill('hoa.nt@tuyenquang.gov.vn');
    await dialog.locator('#add-official_unitCode').click();
    await page.locator('.ant-select-tree-title', { hasText: '(TQ-YS)' }).click();
    await chosen('(TQ-YS)').waitFor();
    await dialog.locator('#add-official_roles').click();
    await page.locator('.ant-select-item-option', { hasText: 'Chuyên viên' }).click();
    await chosen('Chuyên viên').waitFor();
    // Escape would close the whole dialog if it reached it before the list: a click on the dialog's title closes
    // the list alone.
    await dialog.locator('.ant-modal-title').click();
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/officials'));
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    expect((await created).status()).toBe(201);

    await dialog.getByTestId('official-created').waitFor();
    oneTimePassword = ((await dialog.getByTestId('one-time-password').textContent()) ?? '').trim();
    expect(oneTimePassword).toMatch(/^\S{16}$/);
    await dialog.getByRole('button', { name: 'Sao chép mật khẩu' }).waitFor();
    expect(englishIn(await visibleText(page))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot('accounts-admin-one-time-password');
    expect(await signInStatus(oneTimePassword)).toBe(200);

    await dialog.getByTestId('official-created').getByRole('button', { name: 'Đóng' }).click();
    await row().getByText('Chưa đổi mật khẩu cấp').waitFor();
  });

  it('closes the account with a reason: it disappears from the active list and can no longer sign in', async () => {
    await page.locator('#accounts-admin-search').fill('nguyen thi hoa');
    await row().waitFor();
    await row().getByTestId(`deactivate-${USERNAME}`).click();
    const dialog = page.getByRole('dialog');
    // The reason is required before anything is sent.
    await dialog.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await dialog.getByText('Vui lòng nêu lý do (ít nhất 3 ký tự)').waitFor();
    await dialog.getByLabel('Lý do khóa tài khoản').fill('Chuyển công tác khỏi tỉnh');
    await dialog.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await row().waitFor({ state: 'detached' });

    await page.getByLabel('Hiện cả tài khoản đã khóa').check();
    await row().getByText('Đã khóa').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot('accounts-admin-closed');
    // The sign-in refused is the test's own request, not the page's.
    expect(await signInStatus(oneTimePassword)).toBe(401);
  });
});
