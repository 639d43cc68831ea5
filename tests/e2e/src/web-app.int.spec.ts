import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
// The system tests' harness runs the real stack in-process (an app project, like the api it starts); this suite drives it
// through the browser.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CampaignFlow, DEMO_PASSWORD, eventually, SystemUnderTest } from '@tdkt/system-tests';
import { WebStack } from './web-stack';
import { watchForProblems } from './browser';

const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const SPECIALIST = 'chuyenvien.ys-thangquan';

/** What an official types when they do not bother with diacritics. */
const withoutDiacritics = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd');

interface InboxRow {
  campaignId: string;
  unitCode: string;
  obligationKey: string;
  title: string;
  kind: string;
  dueAt: string | null;
}

describe('the officials’ web app, in a real browser against the real stack', () => {
  let system: SystemUnderTest;
  let stack: WebStack;
  let page: Page;
  let watch: ReturnType<typeof watchForProblems>;
  let baseUrl: string;
  let campaign: CampaignFlow;

  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const logIn = async (on: Page = page) => {
    await on.locator('input[name="username"]').fill(SPECIALIST);
    await on.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await on.locator('button[type="submit"]').click();
  };
  /** A new tab of the same browser: no session (sessionStorage is per tab), its own record of problems. */
  const newTab = async () => {
    const tab = await stack.browser.context.newPage();
    return { tab, problems: watchForProblems(tab) };
  };

  beforeAll(async () => {
    stack = await WebStack.start();
    ({ system, baseUrl, page, watch } = stack);
    campaign = await stack.runningCampaign();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(() => expect(watch.problems).toEqual([]));

  it('sends an official who is not signed in to the login page, and back after logging in, named in the header', async () => {
    const me = (await (await system.login(SPECIALIST)).get('/me').expect(200)).body as { fullName: string; unit: { name: string } };
    await page.goto(`${baseUrl}/hop-viec`);
    await page.waitForURL(/\/dang-nhap\?next=%2Fhop-viec$/);
    await screenshot('01-login');
    await logIn();
    await page.waitForURL(/\/hop-viec$/);
    const official = page.getByTestId('official');
    await official.getByText(me.fullName).waitFor();
    expect(await official.textContent()).toContain(me.unit.name);
    expect(await official.textContent()).toContain('Chuyên viên');
  });

  it('lists the commune’s task of the running campaign, with its kind and how long is left, and counts it in the menu', async () => {
    const specialist = await system.login(SPECIALIST);
    const inbox = await eventually('the commune’s tasks in its inbox', async () => {
      const body = (await specialist.get('/inbox').expect(200)).body as { items: InboxRow[]; total: number };
      return body.items.some((i) => i.campaignId === campaign.campaignId && i.kind === 'launch') && body;
    });
    const launch = inbox.items.find((i) => i.campaignId === campaign.campaignId && i.kind === 'launch')!;
    await page.reload(); // the page's own 30 s refresh would get there too; the test does not wait for it

    const row = page.locator('tr.ant-table-row', { hasText: launch.title });
    await row.waitFor();
    expect(await row.textContent()).toContain('Phát động, đăng ký thi đua');
    expect(await row.textContent()).toMatch(/hôm nay|còn \d+ ngày/);
    await page.getByTestId('inbox-count').getByText(String(inbox.total)).first().waitFor();
    await row.locator('[data-due-at]').hover();
    expect(await page.locator('.ant-tooltip-inner').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await screenshot('02-inbox');

    // The task opens where it is acted on: the commune's own obligation.
    await row.getByRole('link', { name: launch.title }).click();
    await page.waitForURL(
      `${baseUrl}/phong-trao/${campaign.campaignId}/don-vi/${launch.unitCode}/viec/${encodeURIComponent(launch.obligationKey)}`,
    );
  });

  it('paints the inbox’s first rows before the app has loaded over a slow line, and the app takes them over without a gap', async () => {
    const specialist = await system.login(SPECIALIST);
    const launch = await eventually('the commune’s launch task in its inbox', async () => {
      const { items } = (await specialist.get('/inbox').expect(200)).body as { items: InboxRow[] };
      return items.find((i) => i.campaignId === campaign.campaignId && i.kind === 'launch') ?? false;
    });
    const { tab, problems } = await newTab();
    try {
      await tab.goto(`${baseUrl}/dang-nhap`);
      await logIn(tab);
      await tab.locator('tr.ant-table-row').first().waitFor();

      // From the document's start, which rows show the tasks each time the page changes: none, the plain first rows,
      // the app's table. Both at once would be the rows left over the app; none after the plain ones, a blank. The
      // plain rows are read as they appear (the app may replace them soon after).
      await tab.addInitScript(() => {
        const seen = { states: ['none'], plainRows: [] as { text: string; href: string | null }[] };
        (window as unknown as { seen: typeof seen }).seen = seen;
        new MutationObserver(() => {
          const plainRows = [...document.querySelectorAll('#first-rows [data-inbox-row]')];
          const app = document.querySelector('tr.ant-table-row[data-inbox-row]') !== null;
          const state = plainRows.length && app ? 'both' : plainRows.length ? 'plain' : app ? 'app' : 'none';
          if (seen.states[seen.states.length - 1] === state) return;
          seen.states.push(state);
          if (state === 'plain')
            seen.plainRows = plainRows.map((row) => ({
              text: row.textContent ?? '',
              href: row.querySelector('a')?.getAttribute('href') ?? null,
            }));
        }).observe(document, { childList: true, subtree: true });
      });
      const inboxCalls: string[] = [];
      tab.on('request', (request) => new URL(request.url()).pathname === '/inbox' && inboxCalls.push(new URL(request.url()).search));
      // A cold load over DevTools' Fast 3G: the app's code takes seconds, the API's answer one round trip.
      const cdp = await tab.context().newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 562.5,
        downloadThroughput: 180_000,
        uploadThroughput: 84_375,
      });
      await tab.goto(`${baseUrl}/`, { waitUntil: 'commit' });

      await tab.locator('tr.ant-table-row[data-inbox-row]', { hasText: launch.title }).waitFor();
      const seen = await tab.evaluate(
        () => (window as unknown as { seen: { states: string[]; plainRows: { text: string; href: string | null }[] } }).seen,
      );
      expect(seen.states).toEqual(['none', 'plain', 'app']);
      const plainRow = seen.plainRows.find((row) => row.text.includes(launch.title));
      expect(plainRow?.text).toContain('Phát động, đăng ký thi đua');
      expect(plainRow?.text).toMatch(/hôm nay|còn \d+ ngày/);
      expect(plainRow?.href).toBe(
        `/phong-trao/${campaign.campaignId}/don-vi/${launch.unitCode}/viec/${encodeURIComponent(launch.obligationKey)}`,
      );
      expect(await tab.locator('#first-rows').count()).toBe(0);
      expect(await tab.locator('#root[inert]').count()).toBe(0);
      expect(new URL(tab.url()).pathname).toBe('/hop-viec');
      // The app took the first rows' answer as its own: the inbox was asked for once, its count with it.
      await tab.getByTestId('inbox-count').locator('.ant-badge-count').waitFor();
      expect(inboxCalls).toEqual(['?limit=20&offset=0']);
      await cdp.detach();
    } finally {
      await tab.close();
    }
    expect(problems.problems).toEqual([]);
  });

  it('paints no first rows without a session, nor with one the API no longer accepts', async () => {
    const { tab, problems } = await newTab();
    try {
      await tab.addInitScript(() => {
        const seen = { firstRows: false };
        (window as unknown as { seen: typeof seen }).seen = seen;
        new MutationObserver(() => (seen.firstRows ||= document.getElementById('first-rows') !== null)).observe(document, {
          childList: true,
          subtree: true,
        });
      });
      const sawFirstRows = () => tab.evaluate(() => (window as unknown as { seen: { firstRows: boolean } }).seen.firstRows);
      const inboxCalls: string[] = [];
      tab.on('request', (request) => new URL(request.url()).pathname === '/inbox' && inboxCalls.push(request.url()));

      await tab.goto(`${baseUrl}/`);
      await tab.waitForURL(/\/dang-nhap$/);
      await tab.locator('input[name="username"]').waitFor();
      expect(await sawFirstRows()).toBe(false);
      expect(await tab.evaluate(() => 'tdktFirstRows' in window)).toBe(false);
      expect(inboxCalls).toEqual([]);

      // A token the API refuses: the first rows' requests get 401s and paint nothing; the app meets the 401 itself and
      // asks to sign in again, as it does without them.
      problems.allow(/401/);
      await tab.evaluate(() => sessionStorage.setItem('tdkt.accessToken', 'a-token-the-api-no-longer-accepts'));
      await tab.goto(`${baseUrl}/hop-viec`);
      await tab.getByRole('dialog').getByText('Phiên làm việc đã hết hạn').waitFor();
      expect(await sawFirstRows()).toBe(false);
      expect(await tab.locator('#root[inert]').count()).toBe(0);
    } finally {
      await tab.close();
    }
    expect(problems.problems).toEqual([]);
  });

  it('finds the campaign by searching without diacritics, with its status in Vietnamese', async () => {
    const { title } = (await (await system.login(SPECIALIST)).get(`/campaigns/${campaign.campaignId}`).expect(200)).body as {
      title: string;
    };
    await page.locator('.app-nav a[href="/phong-trao"]').click();
    await page.waitForURL(/\/phong-trao$/);
    const search = page.getByPlaceholder('Tìm theo tên');
    await search.fill(withoutDiacritics('Chuyển đổi số tỉnh Tuyên Quang'));
    const row = page.locator('tr.ant-table-row', { hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain('Đang triển khai');
    await screenshot('03-campaigns-search');

    await search.fill('khong co phong trao nay');
    await row.waitFor({ state: 'detached' });
  });

  it('when the session expires under a half-filled page, signs in again over it and keeps what was typed', async () => {
    watch.allow(/401/);
    await page.goto(`${baseUrl}/phong-trao`);
    const search = page.getByPlaceholder('Tìm theo tên');
    await search.fill('chuyen doi so');
    // Both tokens refused: an expired access token alone is renewed with the refresh token, unseen (the next test).
    await page.evaluate(() => {
      sessionStorage.setItem('tdkt.accessToken', 'a-token-the-api-no-longer-accepts');
      sessionStorage.setItem('tdkt.refreshToken', 'a-refresh-token-the-api-no-longer-accepts');
    });
    // Coming back to the tab refetches the page's data, which the API now refuses.
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Phiên làm việc đã hết hạn').waitFor();
    await logIn();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/phong-trao');
    expect(await search.inputValue()).toBe('chuyen doi so');
    await page.locator('tr.ant-table-row').first().waitFor();
  });

  it('renews an access token the API refuses with the refresh token, once, without asking the official anything', async () => {
    watch.allow(/401/);
    await page.goto(`${baseUrl}/phong-trao`);
    await page.locator('tr.ant-table-row').first().waitFor();
    const refreshTokenBefore = await page.evaluate(() => sessionStorage.getItem('tdkt.refreshToken'));
    await page.evaluate(() => sessionStorage.setItem('tdkt.accessToken', 'a-token-the-api-no-longer-accepts'));
    const refreshed = page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/refresh' && response.ok());
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await refreshed;
    await page.locator('tr.ant-table-row').first().waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('tdkt.refreshToken'))).not.toBe(refreshTokenBefore);
  });

  it('after an administrator’s reset, shows only the change-password page until the password is changed', async () => {
    const admin = await system.login('quantri');
    const officials = (await admin.get('/units/TQ-YS-LANGQUAN/officials').expect(200)).body.items as { id: string; username: string }[];
    const target = officials.find((o) => o.username === 'chuyenvien.ys-langquan')!;
    const { oneTimePassword } = (await admin.post(`/officials/${target.id}/password-reset`, {}).expect(200)).body as {
      oneTimePassword: string;
    };

    const { tab, problems } = await newTab();
    try {
      await tab.goto(`${baseUrl}/hop-viec`);
      await tab.locator('input[name="username"]').fill(target.username);
      await tab.locator('input[name="password"]').fill(oneTimePassword);
      await tab.locator('button[type="submit"]').click();
      await tab.getByText('Bạn đang dùng mật khẩu do quản trị viên cấp').waitFor();
      expect(await tab.locator('.app-nav').count()).toBe(0);
      await tab.screenshot({ path: join(SCREENSHOTS, '05-change-password.png'), fullPage: true });

      const submit = tab.locator('form button[type="submit"]');
      await tab.locator('input[name="currentPassword"]').fill(oneTimePassword);
      await tab.locator('input[name="newPassword"]').fill('ngan');
      await tab.locator('input[name="confirmPassword"]').fill('ngan');
      await submit.click();
      await tab.getByText('Mật khẩu mới cần ít nhất 10 ký tự').waitFor();

      await tab.locator('input[name="newPassword"]').fill('Suối reo bên nương chè');
      await tab.locator('input[name="confirmPassword"]').fill('Suối reo bên nương chè');
      await submit.click();
      await tab.locator('.app-nav').waitFor();
      await tab.locator('#inbox-heading').waitFor();
    } finally {
      await tab.screenshot({ path: join(SCREENSHOTS, '06-password-changed.png'), fullPage: true });
      await tab.close();
    }
    expect(problems.problems).toEqual([]);
  });

  it('names, in the header, the leader a deputy acts for under a delegation in force', async () => {
    const leader = await system.login('lanhdao.tinh');
    const until = new Date(Date.now() + 7 * 86_400_000);
    await leader
      .post('/delegations', {
        toUsername: 'pho.tinh',
        kinds: ['plan_approval'],
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: until.toISOString(),
        reason: 'Đi công tác Hà Nội',
      })
      .expect(201);
    const leaderName = ((await leader.get('/me')).body as { fullName: string }).fullName;
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/dang-nhap/);
    await page.locator('input[name="username"]').fill('pho.tinh');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    const actingFor = page.getByTestId('acting-for');
    await actingFor.waitFor();
    expect(await actingFor.textContent()).toBe(
      `Được ủy quyền thay ${leaderName} đến ${until.toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })}`,
    );
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/dang-nhap/);
    await logIn();
    await page.getByTestId('official').getByText('Chuyên viên').waitFor();
    expect(await page.getByTestId('acting-for').count()).toBe(0);
  });

  it('fits a phone and switches to English', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/hop-viec`);
    await page.locator('tr.ant-table-row').first().waitFor();
    await screenshot('04-inbox-phone');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Hộp việc' }).waitFor();
  });

  it('is served for the app’s own paths only: API routes, their 404s, /docs and missing files answer as before', async () => {
    const login = await system.http().post('/auth/login').send({ username: SPECIALIST, password: DEMO_PASSWORD }).expect(200);
    const token = `Bearer ${login.body.accessToken}`;
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${baseUrl}${path}`, { headers: { accept: 'text/html', ...headers } });
    const appPage = await get('/phong-trao/khong-co');
    expect([appPage.status, await appPage.text()]).toEqual([200, expect.stringContaining('<div id="root">')]);
    const unknownCampaign = await get('/campaigns/00000000-0000-4000-8000-000000000000', { authorization: token });
    expect([unknownCampaign.status, unknownCampaign.headers.get('content-type')]).toEqual([404, expect.stringContaining('json')]);
    expect((await get('/me')).status).toBe(401);
    expect((await get('/health/live')).headers.get('content-type')).toContain('json');
    expect(await (await get('/docs')).text()).toContain('swagger');
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/hop-viec', { accept: 'application/json' })).status).toBe(404);
  });
});
