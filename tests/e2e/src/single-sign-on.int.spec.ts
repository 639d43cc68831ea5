import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
// The api's test harness (real database, real Temporal), as the system tests' harness starts it; without their worker:
// signing in needs none.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startTestApp, TestApp } from '@tdkt/api';
import { freePort, ssoSettings, startTestOidcProvider, TestOidcProvider } from '@tdkt/testing';
import { launchChromium, TestBrowser, watchForProblems } from './browser';
import { serveBuiltWebApp } from './web-dist';

const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const SSO_LABEL = 'Đăng nhập bằng tài khoản công vụ tỉnh';

describe('single sign-on through the province’s provider, in a real browser', () => {
  let app: TestApp;
  let provider: TestOidcProvider;
  let browser: TestBrowser;
  let baseUrl: string;

  /** From the app's login page through the provider's own sign-in and consent forms, as `login`. */
  const signInAtProvider = async (page: Page, login: string) => {
    await page.goto(`${baseUrl}/dang-nhap`);
    await page.getByRole('link', { name: SSO_LABEL }).click();
    await page.waitForURL(`${provider.issuerUrl}/**`);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('mat-khau-o-cong-tinh');
    await page.locator('button[type="submit"]').click();
    // The provider asks for consent on a client's first sign-in.
    await page.getByRole('button', { name: 'Continue' }).click();
  };

  beforeAll(async () => {
    serveBuiltWebApp();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    provider = await startTestOidcProvider(`${baseUrl}/auth/oidc/callback`);
    Object.assign(process.env, ssoSettings(provider, baseUrl, SSO_LABEL));
    app = await startTestApp();
    await app.app.listen(port, '127.0.0.1');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await provider?.close();
  });

  it('signs a directory official in and shows their full name, with no token left in the address', async () => {
    const page = await browser.context.newPage();
    const watch = watchForProblems(page);
    // The provider's development forms load a web font and lack a favicon: not this app's problems.
    watch.allow(/fonts\.googleapis\.com/);
    watch.allow(new RegExp(provider.issuerUrl.replace(/[.]/g, '\\.')));
    await signInAtProvider(page, 'lanhdao.tinh');
    await page.waitForURL(`${baseUrl}/hop-viec`);
    await page.getByText('Hoàng Minh Đức').first().waitFor();
    expect(page.url()).toBe(`${baseUrl}/hop-viec`);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it('tells an official the directory does not know why they are not signed in', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await signInAtProvider(page, 'nguoi.ngoai');
    await page.waitForURL(/\/dang-nhap\?sso=loi&ly-do=chua-co-tai-khoan/);
    await page.getByText('chưa có tài khoản với tên đăng nhập đó').waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'sso-refused.png'), fullPage: true });
    await page.close();
  });

  it('explains a landing whose token does not work, with the way back to the login, and drops the token from the address', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/dang-nhap/sso#refresh=da-dung-roi`);
    await page.getByText('Không mở được phiên làm việc').waitFor();
    expect(page.url()).toBe(`${baseUrl}/dang-nhap/sso`);
    await page.getByRole('link', { name: 'Quay lại trang đăng nhập' }).click();
    await page.waitForURL(`${baseUrl}/dang-nhap`);
    await page.close();
  });
});
