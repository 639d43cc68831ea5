import request from 'supertest';
import { CampaignRepository } from '@tdkt/persistence';
import example from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { loginCache } from '../audit/audit-test-support';
import { startTestApp, TestApp } from '../test-app';

/** Templates over HTTP on the demo province: what a drafter or an administrator gets wrong is a 400 that says what to fix. */
describe('plan templates through the api', () => {
  let t: TestApp;
  const token = loginCache(() => t);
  const as = async (username: string) => {
    const auth = `Bearer ${await token(username)}`;
    return {
      get: (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', auth),
      post: (path: string, body: object) => request(t.app.getHttpServer()).post(path).set('Authorization', auth).send(body),
    };
  };
  const campaignCount = async () => (await new CampaignRepository(t.dataSource).list({ limit: 500, offset: 0 })).total;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('lists the templates as {items, total}, and one in full with what each placeholder stands for', async () => {
    const drafter = await as('chuyenvien.tinh');
    const list = (await drafter.get('/campaign-templates').expect(200)).body;
    expect(list.total).toBe(2);
    expect(list.items[1]).toMatchObject({ key: 'ubnd-chuyen-doi-so', issuerKinds: ['ubnd'], source: 'shipped' });
    const full = (await drafter.get('/campaign-templates/ubnd-chuyen-doi-so').expect(200)).body;
    expect(full.placeholders).toContainEqual({ placeholder: '{{level+2}}', meaning: 'mã cấp thấp hơn cấp của đơn vị ban hành 2 bậc' });
    expect(full.plan.issuer).toEqual({ unitCode: '{{issuer}}', issuerCode: '{{issuerCode}}' });
    expect((await drafter.get('/campaign-templates/khong-co').expect(404)).body.detail).toBe('Không có mẫu kế hoạch "khong-co".');
  });

  it('refuses to fill a template without what it needs, naming each missing placeholder, and records nothing', async () => {
    const drafter = await as('chuyenvien.tinh');
    const noYear = await drafter.post('/campaigns', {
      templateKey: 'ubnd-chuyen-doi-so',
      issuerUnitCode: 'TQ',
      bodies: { appraiser: 'TQ-SNV' },
    });
    expect(noYear.status).toBe(400);
    expect(noYear.body.detail).toMatch(/^Chưa lập được kế hoạch từ mẫu "ubnd-chuyen-doi-so"/);
    expect(noYear.body.errors).toEqual([{ path: 'year', message: expect.stringContaining('{{year}}') }]);
    const noIssuer = await drafter.post('/campaigns', { templateKey: 'mttq-doan-ket-sang-tao', year: 2027 });
    expect(noIssuer.body.errors).toEqual([
      { path: 'issuer.unitCode', message: expect.stringContaining('chọn đơn vị ban hành (issuerUnitCode)') },
    ]);
    const otherKind = await drafter.post('/campaigns', { templateKey: 'mttq-doan-ket-sang-tao', issuerUnitCode: 'TQ', year: 2027 });
    expect(otherKind.status).toBe(400);
    expect(otherKind.body.errors[0].message).toContain('viết cho cơ quan loại mttq');
    const unknownAppraiser = await drafter.post('/campaigns', {
      templateKey: 'ubnd-chuyen-doi-so',
      issuerUnitCode: 'TQ',
      year: 2027,
      bodies: { appraiser: 'TQ-KHONG' },
    });
    expect(unknownAppraiser.body.errors).toEqual([{ path: 'bodies.appraiser', message: expect.stringContaining('"TQ-KHONG"') }]);
    const withoutTemplate = await drafter.post('/campaigns', { issuerUnitCode: 'TQ', year: 2027, plan: example });
    expect(withoutTemplate.status).toBe(400);
    expect(withoutTemplate.body.detail).toContain('ghi thêm mã mẫu (templateKey)');
    expect(await campaignCount()).toBe(0);
  });

  it('still takes a full plan with a template key, as callers did before templates had placeholders', async () => {
    const drafter = await as('chuyenvien.tinh');
    const plan = { ...example, issuedOn: '2022-08-12' };
    const created = await drafter.post('/campaigns', { templateKey: 'ubnd-chuyen-doi-so', plan });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ templateKey: 'ubnd-chuyen-doi-so', issuerUnitCode: 'TQ', year: 2022 });
  });

  it('lets only an administrator add a template, and only one that any issuer could fill into a valid plan', async () => {
    const template = {
      templateKey: 'so-ket-nhanh',
      issuerKinds: ['ubnd'],
      plan: { ...JSON.parse(JSON.stringify((await (await as('quantri')).get('/campaign-templates/ubnd-chuyen-doi-so')).body.plan)) },
    };
    expect((await (await as('chuyenvien.tinh')).post('/admin/plan-templates', template)).status).toBe(403);
    const admin = await as('quantri');
    const misspelt = await admin.post('/admin/plan-templates', { ...template, plan: { ...template.plan, place: '{{dia-danh}}' } });
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.errors).toEqual([{ path: 'plan.place', message: expect.stringContaining('{{dia-danh}}') }]);
    const badKey = await admin.post('/admin/plan-templates', { ...template, templateKey: 'Sơ kết' });
    expect(badKey.status).toBe(400);
    expect(JSON.stringify(badKey.body)).toContain('Mã mẫu (templateKey) viết thường');
    expect((await admin.post('/admin/plan-templates', { ...template, templateKey: 'ubnd-chuyen-doi-so' })).status).toBe(409);
    const added = await admin.post('/admin/plan-templates', template);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ key: 'so-ket-nhanh', source: 'added', addedBy: expect.any(String) });
    expect((await admin.get('/campaign-templates').expect(200)).body.total).toBe(3);
  });
});
