import request from 'supertest';
import { OfficialEntity } from '@tdkt/persistence';
import { freePort, ssoSettings, startTestOidcProvider, TestOidcProvider } from '@tdkt/testing';
import { startTestApp, TestApp } from '../../test-app';

/** Cookies as a browser keeps them for 127.0.0.1, whichever port (as browsers do): by name, sent where their path fits. */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  header(url: URL): string {
    return [...this.cookies]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
  }

  keep(url: URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? url.pathname.replace(/\/[^/]*$/, '/');
      const gone = attributes.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now()));
      if (gone || !value) this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }
}

/**
 * Does what a browser does from the API's start link: follows redirects, signs in on the provider's development form
 * as `login`, gives consent; stops at the first address on the web app (the landing or the login page). `beforeCallback`
 * may change the provider's answer on its way back, as an attacker would.
 */
async function signInThroughProvider(startUrl: string, login: string, beforeCallback = (url: URL) => url): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(startUrl);
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.pathname.endsWith('/auth/oidc/callback')) url = beforeCallback(url);
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(url), ...(form && { 'content-type': 'application/x-www-form-urlencoded' }) },
      body: form,
    });
    jar.keep(url, response);
    form = undefined;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      if (url.pathname.startsWith('/dang-nhap')) return url;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action) throw new Error(`Unexpected ${response.status} at ${url.href}: ${html.slice(0, 300)}`);
    url = new URL(action, url);
    form = html.includes('name="login"')
      ? new URLSearchParams({ prompt: 'login', login, password: 'mat-khau-bat-ky' })
      : new URLSearchParams({ prompt: 'consent' });
  }
  throw new Error('The sign-in never came back to the web app');
}

describe('single sign-on through a real OpenID provider (real DB, real Temporal)', () => {
  let t: TestApp;
  let provider: TestOidcProvider;
  let apiUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    provider = await startTestOidcProvider(`${apiUrl}/auth/oidc/callback`);
    Object.assign(process.env, ssoSettings(provider, apiUrl, 'Đăng nhập bằng tài khoản công vụ tỉnh'));
    t = await startTestApp();
    await t.app.listen(port, '127.0.0.1');
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  it('offers the button with its label', async () => {
    const status = await request(t.app.getHttpServer()).get('/auth/oidc').expect(200);
    expect(status.body).toEqual({ enabled: true, label: 'Đăng nhập bằng tài khoản công vụ tỉnh' });
  });

  it('keeps what the callback checks in a short-lived, HttpOnly, Lax cookie sent only to the callback', async () => {
    const start = await request(t.app.getHttpServer()).get('/auth/oidc/start').expect(302);
    const location = new URL(start.headers.location);
    expect(location.origin).toBe(provider.issuerUrl);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('nonce')).toBeTruthy();
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(start.headers['set-cookie'][0]).toMatch(
      /^tdkt_oidc_attempt=[\w-]+; Max-Age=600; Path=\/auth\/oidc\/callback; Expires=.*; HttpOnly; SameSite=Lax$/,
    );
  });

  it('signs a directory official in: the refresh token in the fragment opens their session', async () => {
    const landing = await signInThroughProvider(`${apiUrl}/auth/oidc/start?next=%2Fphong-trao`, 'lanhdao.tinh');
    expect(landing.pathname).toBe('/dang-nhap/sso');
    expect(landing.searchParams.get('next')).toBe('/phong-trao');
    const refreshToken = new URLSearchParams(landing.hash.slice(1)).get('refresh');
    expect(refreshToken).toBeTruthy();

    const tokens = await request(t.app.getHttpServer()).post('/auth/refresh').send({ refreshToken }).expect(200);
    const me = await request(t.app.getHttpServer()).get('/me').set('Authorization', `Bearer ${tokens.body.accessToken}`).expect(200);
    // Who they are came from the provider; their unit and roles from our directory.
    expect(me.body).toMatchObject({
      username: 'lanhdao.tinh',
      fullName: 'Hoàng Minh Đức',
      roles: [expect.objectContaining({ code: 'leader' })],
    });
  });

  it('refuses a username our directory does not know, and creates no account', async () => {
    const refused = await signInThroughProvider(`${apiUrl}/auth/oidc/start`, 'nguoi.ngoai');
    expect(`${refused.pathname}${refused.search}`).toBe('/dang-nhap?sso=loi&ly-do=chua-co-tai-khoan');
    await request(t.app.getHttpServer()).post('/auth/login').send({ username: 'nguoi.ngoai', password: 'x' }).expect(401);
  });

  it('refuses a deactivated official', async () => {
    await t.dataSource.getRepository(OfficialEntity).update({ username: 'chuyenvien.tinh' }, { active: false });
    const refused = await signInThroughProvider(`${apiUrl}/auth/oidc/start`, 'chuyenvien.tinh');
    expect(`${refused.pathname}${refused.search}`).toBe('/dang-nhap?sso=loi&ly-do=tai-khoan-ngung');
  });

  it('refuses an answer whose state was tampered with', async () => {
    const refused = await signInThroughProvider(`${apiUrl}/auth/oidc/start`, 'lanhdao.tinh', (callback) => {
      callback.searchParams.set('state', 'gia-mao');
      return callback;
    });
    expect(`${refused.pathname}${refused.search}`).toBe('/dang-nhap?sso=loi&ly-do=khong-khop');
  });

  it('refuses a callback without the attempt cookie (another browser, or a replay)', async () => {
    const refused = await request(t.app.getHttpServer()).get('/auth/oidc/callback?code=abc&state=xyz').expect(302);
    expect(refused.headers.location).toBe('/dang-nhap?sso=loi&ly-do=het-han');
  });
});

describe('without single sign-on settings', () => {
  let t: TestApp;

  beforeAll(async () => {
    for (const name of ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_LABEL']) delete process.env[name];
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('offers no button, and has no start', async () => {
    const status = await request(t.app.getHttpServer()).get('/auth/oidc').expect(200);
    expect(status.body).toEqual({ enabled: false, label: 'Đăng nhập một lần (SSO)' });
    const start = await request(t.app.getHttpServer()).get('/auth/oidc/start').expect(404);
    expect(start.body.detail).toContain('chưa bật đăng nhập một lần');
  });
});
