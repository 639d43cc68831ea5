import request from 'supertest';
import { startTestApp, TestApp } from '../test-app';

const PASSWORD = 'ThiDua@2026!';

describe('identity and scope (real DB, real Temporal)', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const login = async (username: string) =>
    (await http().post('/auth/login').send({ username, password: PASSWORD }).expect(200)).body.accessToken as string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('reports ready when the database and Temporal answer', async () => {
    await http().get('/health/live').expect(200);
    const ready = await http().get('/health/ready').expect(200);
    expect(ready.body.checks).toEqual({ database: 'up', temporal: 'up' });
  });

  it('logs in with a password and refuses a wrong one with the same message as an unknown user', async () => {
    const token = await login('lanhdao.tinh');
    expect(token.split('.')).toHaveLength(3);
    const wrong = await http().post('/auth/login').send({ username: 'lanhdao.tinh', password: 'sai-mat-khau' }).expect(401);
    const unknown = await http().post('/auth/login').send({ username: 'khong.ton.tai', password: 'sai-mat-khau' }).expect(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('rejects a malformed login body with 400', async () => {
    const response = await http().post('/auth/login').send({ username: 'lanhdao.tinh' }).expect(400);
    expect(JSON.stringify(response.body)).toContain('password');
  });

  it('answers /me for the token holder and 401 without or with a forged token', async () => {
    const token = await login('lanhdao.tinh');
    const me = await http().get('/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ username: 'lanhdao.tinh', unit: { code: 'TQ' }, roles: [{ code: 'leader' }] });
    await http().get('/me').expect(401);
    await http()
      .get('/me')
      .set('Authorization', `Bearer ${token.slice(0, -2)}xx`)
      .expect(401);
  });

  it('lets a leader see units below, and refuses a commune official anything outside their commune', async () => {
    const leader = await login('lanhdao.tinh');
    const province = await http().get('/units/TQ').set('Authorization', `Bearer ${leader}`).expect(200);
    expect(province.body.children.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['TQ-SNV', 'TQ-MTTQ', 'TQ-YS']));
    const communeCode = (await http().get('/units/TQ-YS').set('Authorization', `Bearer ${leader}`).expect(200)).body.children[0].code;

    const communeOfficial = (
      await http().get(`/units/${communeCode}/officials`).set('Authorization', `Bearer ${leader}`).expect(200)
    ).body.items.find((o: { roles: { code: string }[] }) => o.roles.some((r) => r.code === 'specialist'));
    const commune = await login(communeOfficial.username);
    await http().get(`/units/${communeCode}`).set('Authorization', `Bearer ${commune}`).expect(200);
    const refused = await http().get('/units/TQ').set('Authorization', `Bearer ${commune}`).expect(403);
    expect(refused.body.detail).toContain('ngoài phạm vi');
    await http().get('/units/KHONG-CO').set('Authorization', `Bearer ${leader}`).expect(404);
  });
});
