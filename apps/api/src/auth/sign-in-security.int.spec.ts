import request from 'supertest';
import { LoginThrottleEntity, OrgDirectory } from '@tdkt/persistence';
import { startTestApp, TestApp } from '../test-app';

const PASSWORD = 'ThiDua@2026!';
const GOOD_NEW_PASSWORD = 'Hoa sen nở giữa hồ 2026';

interface Tokens {
  accessToken: string;
  refreshToken: string;
  mustChangePassword: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('a sign-in safe to expose (real DB, real Temporal)', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const signIn = async (username: string, password = PASSWORD): Promise<Tokens> =>
    (await http().post('/auth/login').send({ username, password }).expect(200)).body;
  // Every request comes from 127.0.0.1 here (no proxy): the throttle starts each test afresh.
  const forgetFailures = () => t.dataSource.getRepository(LoginThrottleEntity).clear();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());
  beforeEach(forgetFailures);
  /** Wrong passwords for one account, each refused as a plain 401. */
  const failSignIns = async (username: string, times: number) => {
    for (let i = 0; i < times; i++)
      await http()
        .post('/auth/login')
        .send({ username, password: `sai-${i}` })
        .expect(401);
  };

  it('after ten failures for one username in a minute, answers 429 with Retry-After without looking at the password', async () => {
    await failSignIns('lanhdao.tinh', 10);
    const refused = await http().post('/auth/login').send({ username: 'lanhdao.tinh', password: PASSWORD }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(50);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body.detail).toMatch(/nhập sai mật khẩu quá nhiều lần.*thử lại sau 1 phút \(lúc \d\d:\d\d\)/);
    // Other accounts are not locked by it.
    await signIn('pho.tinh');
  });

  it('a success resets the account’s count', async () => {
    await failSignIns('pho.tinh', 9);
    await signIn('pho.tinh');
    await failSignIns('pho.tinh', 9);
    await signIn('pho.tinh');
  });

  it('limits failures from one address across usernames, at a higher number', async () => {
    for (let i = 0; i < 50; i++)
      await http()
        .post('/auth/login')
        .send({ username: `khong.co.${i}`, password: 'sai' })
        .expect(401);
    const refused = await http().post('/auth/login').send({ username: 'lanhdao.tinh', password: PASSWORD }).expect(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.body.detail).toContain('địa chỉ mạng');
  });

  it('takes as long for an unknown username as for a known one with a wrong password (within 20 %)', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    const time = async (username: string) => {
      await forgetFailures();
      const started = process.hrtime.bigint();
      await http().post('/auth/login').send({ username, password: 'sai-mat-khau' }).expect(401);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    // Interleaved, so anything else the machine does falls on both alike.
    for (let i = 0; i < 50; i++) {
      known.push(await time('lanhdao.tinh'));
      unknown.push(await time(`khong.ton.tai.${i}`));
    }
    const [a, b] = [median(known), median(unknown)];
    expect(Math.abs(a - b) / Math.max(a, b)).toBeLessThan(0.2);
  }, 300_000);

  it('rotates the refresh token on each use, and a reused one revokes the session', async () => {
    const first = await signIn('lanhdao.snv');
    const second: Tokens = (await http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await http().get('/me').set(bearer(second.accessToken)).expect(200);

    const reused = await http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(reused.body.detail).toContain('đã được dùng trước đó');
    // The whole session is gone: the latest tokens too.
    await http().post('/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    const refused = await http().get('/me').set(bearer(second.accessToken)).expect(401);
    expect(refused.body.detail).toContain('Phiên đăng nhập này đã kết thúc');
  });

  it('lets an auditor, who may change nothing else, change their own password and sign out', async () => {
    const auditor = await signIn('thanhtra.ys');
    const fresh: Tokens = (
      await http()
        .post('/auth/password')
        .set(bearer(auditor.accessToken))
        .send({ currentPassword: PASSWORD, newPassword: GOOD_NEW_PASSWORD })
        .expect(200)
    ).body;
    await http().post('/auth/logout').set(bearer(fresh.accessToken)).expect(204);
  });

  it('logout ends the current session only', async () => {
    const here = await signIn('lanhdao.mttq');
    const elsewhere = await signIn('lanhdao.mttq');
    await http().post('/auth/logout').set(bearer(here.accessToken)).expect(204);
    await http().get('/me').set(bearer(here.accessToken)).expect(401);
    await http().post('/auth/refresh').send({ refreshToken: here.refreshToken }).expect(401);
    await http().get('/me').set(bearer(elsewhere.accessToken)).expect(200);
  });

  it('refuses a weak new password with its reason, then changes it and ends every other session', async () => {
    const here = await signIn('chuyenvien.sd');
    const elsewhere = await signIn('chuyenvien.sd');
    const change = (currentPassword: string, newPassword: string) =>
      http().post('/auth/password').set(bearer(here.accessToken)).send({ currentPassword, newPassword });

    expect((await change(PASSWORD, 'ngan').expect(400)).body.detail).toContain('ít nhất 10 ký tự');
    expect((await change(PASSWORD, 'chuyenvien.sd-2026!').expect(400)).body.detail).toContain('không được chứa tên đăng nhập');
    expect((await change(PASSWORD, 'Password2026!').expect(400)).body.detail).toContain('quá phổ biến');
    expect((await change('sai-mat-khau', GOOD_NEW_PASSWORD).expect(400)).body.detail).toBe('Mật khẩu hiện tại không đúng.');

    const fresh: Tokens = (await change(PASSWORD, GOOD_NEW_PASSWORD).expect(200)).body;
    await http().get('/me').set(bearer(here.accessToken)).expect(401);
    await http().get('/me').set(bearer(elsewhere.accessToken)).expect(401);
    await http().get('/me').set(bearer(fresh.accessToken)).expect(200);
    await http().post('/auth/login').send({ username: 'chuyenvien.sd', password: PASSWORD }).expect(401);
    await signIn('chuyenvien.sd', GOOD_NEW_PASSWORD);
  });

  it('an administrator’s reset gives a one-time password that must be changed before anything else', async () => {
    const admin = await signIn('quantri');
    const before = await signIn('chuyenvien.ys');
    const officials = (await http().get('/units/TQ-YS/officials').set(bearer(admin.accessToken)).expect(200)).body.items;
    const target = officials.find((o: { username: string }) => o.username === 'chuyenvien.ys');

    // Only administrators, and only within their units.
    await http().post(`/officials/${target.id}/password-reset`).set(bearer(before.accessToken)).expect(403);
    const reset = (await http().post(`/officials/${target.id}/password-reset`).set(bearer(admin.accessToken)).expect(200)).body;
    expect(reset).toMatchObject({ username: 'chuyenvien.ys', mustChangePassword: true });
    await http().get('/me').set(bearer(before.accessToken)).expect(401);
    await http().post('/auth/login').send({ username: 'chuyenvien.ys', password: PASSWORD }).expect(401);

    const flagged = await signIn('chuyenvien.ys', reset.oneTimePassword);
    expect(flagged.mustChangePassword).toBe(true);
    expect((await http().get('/me').set(bearer(flagged.accessToken)).expect(200)).body.mustChangePassword).toBe(true);
    const blocked = await http().get('/inbox').set(bearer(flagged.accessToken)).expect(403);
    expect(blocked.body.detail).toContain('hãy đổi mật khẩu');

    const changed: Tokens = (
      await http()
        .post('/auth/password')
        .set(bearer(flagged.accessToken))
        .send({ currentPassword: reset.oneTimePassword, newPassword: GOOD_NEW_PASSWORD })
        .expect(200)
    ).body;
    expect(changed.mustChangePassword).toBe(false);
    expect((await http().get('/me').set(bearer(changed.accessToken)).expect(200)).body.mustChangePassword).toBe(false);
    await http().get('/inbox').set(bearer(changed.accessToken)).expect(200);
  });

  it('refuses a reset by an administrator of another unit', async () => {
    await new OrgDirectory(t.dataSource).applyImport({
      levels: [],
      units: [],
      officials: [
        {
          username: 'quantri.thangquan',
          fullName: 'Quản trị xã',
          email: 'qt@thangquan.vn',
          unitCode: 'TQ-YS-THANGQUAN',
          roles: ['admin'],
          password: PASSWORD,
        },
      ],
    });
    const communeAdmin = await signIn('quantri.thangquan');
    const provinceOfficial = await t.dataSource.query(`SELECT id FROM officials WHERE username = 'lanhdao.tinh'`);
    const refused = await http()
      .post(`/officials/${provinceOfficial[0].id}/password-reset`)
      .set(bearer(communeAdmin.accessToken))
      .expect(403);
    expect(refused.body.detail).toContain('ngoài phạm vi');
  });
});
