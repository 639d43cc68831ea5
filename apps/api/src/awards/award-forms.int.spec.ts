import request from 'supertest';
import { loginCache } from '../audit/audit-test-support';
import { startTestApp, TestApp } from '../test-app';

/** The award catalogue over HTTP: any official reads it, each form with its legal basis. */
describe('the award catalogue through the api', () => {
  let t: TestApp;
  const token = loginCache(() => t);
  const anonymous = () => ({ get: (path: string) => request(t.app.getHttpServer()).get(path) });
  const as = async (username: string) => {
    const auth = `Bearer ${await token(username)}`;
    return { get: (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', auth) };
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('needs a logged-in official', async () => {
    await anonymous().get('/award-forms').expect(401);
  });

  it('lists the forms in force as {items, total}, each citing its legal basis, for an official of any unit', async () => {
    const list = (await (await as('chuyenvien.ys-thangquan')).get('/award-forms').expect(200)).body;
    expect(list.total).toBe(list.items.length);
    expect(list.total).toBeGreaterThanOrEqual(14);
    for (const item of list.items) expect(item.legalBasis.length).toBeGreaterThan(0);
    expect(list.items.find((item: { key: string }) => item.key === 'lao-dong-tien-tien')).toMatchObject({
      name: 'Lao động tiên tiến',
      nomineeKinds: ['individual'],
      decidedBy: { kind: 'unit_head', body: null },
      amountMultiple: 0.3,
      amount: 702000,
      validFrom: '2024-01-01',
      validUntil: null,
    });
    expect(list.items.find((item: { key: string }) => item.key === 'huan-chuong-lao-dong-hang-ba')).toMatchObject({
      decidedBy: { kind: 'central', body: 'chu_tich_nuoc', units: null },
      postingWorkingDays: 10,
      council: { kind: 'vote' },
      amount: null,
    });
  });

  it('lists the forms in force on a given day: none before the 2022 law took effect', async () => {
    expect((await (await as('lanhdao.tinh')).get('/award-forms?on=2024-01-01').expect(200)).body.total).toBeGreaterThanOrEqual(14);
    expect((await (await as('lanhdao.tinh')).get('/award-forms?on=2023-12-31').expect(200)).body).toEqual({ items: [], total: 0 });
  });

  it('refuses a day that is not a calendar date', async () => {
    const bad = await (await as('lanhdao.tinh')).get('/award-forms?on=not-a-date').expect(400);
    expect(JSON.stringify(bad.body)).toContain('YYYY-MM-DD');
    await (await as('lanhdao.tinh')).get('/award-forms?on=2026-02-30').expect(400);
  });
});
