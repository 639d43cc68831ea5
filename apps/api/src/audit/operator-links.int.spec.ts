import request from 'supertest';
import { startTestApp, TestApp } from '../test-app';
import { loginCache } from './audit-test-support';

describe('GET /audit/operator-links: where operators open a workflow of the timeline (real app)', () => {
  let t: TestApp;
  const before = process.env.TEMPORAL_UI_URL;
  const login = loginCache(() => t);
  const get = async (username: string) =>
    request(t.app.getHttpServer())
      .get('/audit/operator-links')
      .set('Authorization', `Bearer ${await login(username)}`);

  beforeAll(async () => {
    // As a deployment sets it: with a trailing slash, which the links must not double.
    process.env.TEMPORAL_UI_URL = 'https://temporal.tdkt.example.vn/';
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
    if (before === undefined) delete process.env.TEMPORAL_UI_URL;
    else process.env.TEMPORAL_UI_URL = before;
  });

  it('gives auditors and administrators the configured Temporal UI and the namespace', async () => {
    for (const username of ['thanhtra.tinh', 'thanhtra.ys', 'quantri']) {
      const response = await get(username);
      expect({ username, status: response.status, body: response.body }).toEqual({
        username,
        status: 200,
        body: { temporalUi: 'https://temporal.tdkt.example.vn', namespace: 'default' },
      });
    }
  });

  it('refuses every other official by role, and anyone not signed in', async () => {
    for (const username of ['lanhdao.tinh', 'chuyenvien.ys-thangquan']) {
      const response = await get(username);
      expect(response.status).toBe(403);
      expect(response.body.detail).toBe('Chức năng này dành cho: Thanh tra / kiểm toán, Quản trị.');
    }
    expect((await request(t.app.getHttpServer()).get('/audit/operator-links')).status).toBe(401);
  });

  it('documents the links and the verification report in the OpenAPI document', async () => {
    const doc = await request(t.app.getHttpServer()).get('/docs-json').expect(200);
    const schemaOf = (path: string) => doc.body.paths[path].get.responses['200'].content['application/json'].schema;
    expect(schemaOf('/audit/operator-links')).toEqual({ $ref: '#/components/schemas/OperatorLinksView' });
    expect(schemaOf('/campaigns/{id}/verification')).toEqual({ $ref: '#/components/schemas/VerificationReportView' });
    expect(Object.keys(doc.body.components.schemas.VerificationReportView.properties)).toEqual([
      'campaignId',
      'ok',
      'chain',
      'archive',
      'replay',
      'verifiedAt',
    ]);
  });
});
