import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CampaignEntity } from '@tdkt/persistence';
import { startTestApp, TestApp } from '../test-app';
import { insertCampaign, loginCache } from './audit-test-support';

interface RouteInfo {
  method: string;
  path: string;
}

/** Every route the running app answers, read from Express's router: a route added tomorrow is checked tomorrow. */
function routesOf(t: TestApp): RouteInfo[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((method) => layer.route!.methods[method])
          .map((method) => ({ method: method.toUpperCase(), path: layer.route!.path }))
      : [],
  );
}

const UNIT_PARAMS = new Set(['unitCode', 'code', 'unit']);
/** `:campaignId` anywhere, `:id` right after /campaigns/ (elsewhere `:id` is some other record, e.g. a notification). */
const isCampaignParam = (path: string, name: string) => name === 'campaignId' || (name === 'id' && path.includes('/campaigns/:id'));
const paramsOf = (path: string): { name: string; campaign: boolean; unit: boolean }[] =>
  [...path.matchAll(/[:*]([A-Za-z0-9_]+)/g)].map(([, name]) => ({
    name,
    campaign: isCampaignParam(path, name),
    unit: UNIT_PARAMS.has(name),
  }));

/** The path with each parameter given a plausible value (campaign, unit, obligation…). */
function fill(path: string, values: { campaign: string; unit: string }): string {
  return path.replace(/[{}]/g, '').replace(/[:*]([A-Za-z0-9_]+)/g, (_all, name: string) => {
    if (isCampaignParam(path, name)) return values.campaign;
    if (UNIT_PARAMS.has(name)) return values.unit;
    if (name === 'obligationKey' || name === 'key') return 'phat-dong';
    return randomUUID();
  });
}

const PLAUSIBLE_QUERY: Record<string, string> = { phase: 'so-ket-2023' };

const READ_ONLY = 'Tài khoản thanh tra, kiểm toán chỉ được xem, không được thay đổi dữ liệu.';

describe('auditors read within their scope and change nothing (every route of the app)', () => {
  let t: TestApp;
  const login = loginCache(() => t);
  const send = (method: string, path: string, token?: string) => {
    const call = request(t.app.getHttpServer())[method.toLowerCase() as 'get'](path);
    if (token) void call.set('Authorization', `Bearer ${token}`);
    return method === 'GET' || method === 'HEAD' ? call : call.send({});
  };
  /**
   * A route that needs query parameters (e.g. `phase`) answers 400 before it looks at scope; class-validator
   * names each missing one first in its message, so it gets a plausible value and the request goes again.
   */
  const withRequiredQuery = async (path: string, token: string): Promise<string> => {
    const first = await send('GET', path, token);
    if (first.status !== 400 || !Array.isArray(first.body.message)) return path;
    const names = [...new Set((first.body.message as string[]).map((m) => m.split(' ')[0]))];
    return `${path}?${names.map((name) => `${name}=${PLAUSIBLE_QUERY[name] ?? 'x'}`).join('&')}`;
  };
  let routes: RouteInfo[];
  let provinceCampaign: CampaignEntity;
  let districtCampaign: CampaignEntity;
  let otherDistrictCampaign: CampaignEntity;
  let departmentCampaign: CampaignEntity;

  beforeAll(async () => {
    t = await startTestApp();
    routes = routesOf(t);
    provinceCampaign = await insertCampaign(t, 'TQ', 'Chuyển đổi số tỉnh Tuyên Quang');
    districtCampaign = await insertCampaign(t, 'TQ-YS', 'Chuyển đổi số huyện Yên Sơn');
    otherDistrictCampaign = await insertCampaign(t, 'TQ-SD', 'Chuyển đổi số huyện Sơn Dương');
    departmentCampaign = await insertCampaign(t, 'TQ-SNV', 'Phong trào của Sở Nội vụ');
  });
  afterAll(() => t?.close());

  it('finds every route of the app at runtime', () => {
    expect(routes.filter((r) => !r.path.startsWith('/docs')).length).toBeGreaterThanOrEqual(20);
    const listed = routes.map((r) => `${r.method} ${r.path}`);
    expect(listed).toEqual(
      expect.arrayContaining([
        'POST /auth/login',
        'POST /campaigns',
        'GET /campaigns/:id/timeline',
        'GET /campaigns/:id/timeline.csv',
        'GET /campaigns/:id/timeline.html',
        'GET /campaigns/:id/verification',
      ]),
    );
  });

  it('documents the audit routes in the OpenAPI document', async () => {
    const doc = await request(t.app.getHttpServer()).get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/campaigns/{id}/timeline',
        '/campaigns/{id}/timeline.csv',
        '/campaigns/{id}/timeline.html',
        '/campaigns/{id}/verification',
      ]),
    );
    const params = doc.body.paths['/campaigns/{id}/timeline'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['id', 'limit', 'offset', 'unitCode', 'actor', 'action', 'from', 'to']));
  });

  it('refuses the provincial auditor every non-GET route with 403; only public routes (sign-in) and their own account stay open', async () => {
    const auditor = await login('thanhtra.tinh');
    const writes = routes.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
    expect(writes.length).toBeGreaterThanOrEqual(10);
    // An auditor changes their own password and signs out like anyone (sign-in-security.int.spec.ts); not tried here,
    // since signing out would end the session the rest of this walk uses.
    const ownAccount = ['POST /auth/logout', 'POST /auth/password'];
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(ownAccount));
    const open: string[] = [];
    for (const route of writes) {
      if (ownAccount.includes(`${route.method} ${route.path}`)) continue;
      const path = fill(route.path, { campaign: provinceCampaign.id, unit: 'TQ' });
      if ((await send(route.method, path)).status !== 401) {
        open.push(`${route.method} ${route.path}`);
        continue;
      }
      const response = await send(route.method, path, auditor);
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 403,
      });
      // Admin-only routes are refused one guard earlier, by role; every other one by the read-only rule.
      expect([READ_ONLY, 'Chức năng này dành cho: Quản trị.']).toContain(response.body.message);
    }
    expect(open.sort()).toEqual(['POST /auth/login', 'POST /auth/refresh']);
    await request(t.app.getHttpServer()).post('/auth/login').send({ username: 'thanhtra.tinh', password: 'ThiDua@2026!' }).expect(200);
  });

  it('still lets officials with a role that acts write (the guard only stops read-only officials)', async () => {
    const specialist = await login('chuyenvien.tinh');
    const response = await send('POST', `/campaigns/${provinceCampaign.id}/plan-decisions`, specialist).expect(400);
    expect(JSON.stringify(response.body.message)).toContain('requestId');
  });

  it('refuses the district auditor every campaign or unit outside its district, on every GET route that names one', async () => {
    const auditor = await login('thanhtra.ys');
    const scoped = routes.filter((r) => r.method === 'GET' && paramsOf(r.path).some((p) => p.campaign || p.unit));
    expect(scoped.length).toBeGreaterThanOrEqual(10);
    const checked: string[] = [];
    for (const route of scoped) {
      const params = paramsOf(route.path);
      const outside: { campaign: string; unit: string }[] = [];
      if (params.some((p) => p.campaign)) {
        for (const campaign of [otherDistrictCampaign, departmentCampaign]) outside.push({ campaign: campaign.id, unit: 'TQ-YS' });
      }
      if (params.some((p) => p.unit)) {
        for (const unit of ['TQ-SD', 'TQ-SNV', 'TQ']) outside.push({ campaign: districtCampaign.id, unit });
      }
      for (const values of outside) {
        const path = await withRequiredQuery(fill(route.path, values), auditor);
        const response = await send('GET', path, auditor);
        expect({ path, status: response.status }).toEqual({ path, status: 403 });
        expect(response.body.message).toContain('ngoài phạm vi');
        checked.push(path);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(scoped.length);
  });

  it('refuses the district auditor a timeline filtered on a unit outside its district', async () => {
    const auditor = await login('thanhtra.ys');
    for (const unit of ['TQ-SD', 'TQ-SNV', 'TQ']) {
      await send('GET', `/campaigns/${provinceCampaign.id}/timeline?unitCode=${unit}`, auditor).expect(403);
    }
  });

  it('answers the auditors’ own reads inside their scope', async () => {
    const district = await login('thanhtra.ys');
    const province = await login('thanhtra.tinh');
    const unit = await send('GET', '/units/TQ-YS', district).expect(200);
    expect(unit.body.children.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['TQ-YS-THANGQUAN']));
    await send('GET', '/units/TQ-YS-THANGQUAN/officials', district).expect(200);
    for (const campaign of [provinceCampaign, districtCampaign]) {
      await send('GET', `/campaigns/${campaign.id}`, district).expect(200);
      await send('GET', `/campaigns/${campaign.id}/progress`, district).expect(200);
      const timeline = await send('GET', `/campaigns/${campaign.id}/timeline`, district).expect(200);
      expect(timeline.body).toEqual({ items: [], total: 0 });
      await send('GET', `/campaigns/${campaign.id}/timeline.csv?unitCode=TQ-YS`, district).expect(200);
      await send('GET', `/campaigns/${campaign.id}/timeline.html`, district).expect(200);
    }
    for (const campaign of [otherDistrictCampaign, departmentCampaign, provinceCampaign]) {
      await send('GET', `/campaigns/${campaign.id}/timeline`, province).expect(200);
    }
    const list = await send('GET', '/campaigns', district).expect(200);
    const listed = list.body.items.map((c: { id: string }) => c.id);
    expect(listed).toContain(districtCampaign.id);
    expect(listed).not.toEqual(expect.arrayContaining([otherDistrictCampaign.id]));
    expect(listed).not.toEqual(expect.arrayContaining([departmentCampaign.id]));
  });

  it('reads a campaign’s approval state from its row, without asking Temporal', async () => {
    const response = await send('GET', `/campaigns/${districtCampaign.id}`, await login('thanhtra.ys')).expect(200);
    expect(response.body).toMatchObject({ id: districtCampaign.id, issuerUnitCode: 'TQ-YS', approval: null });
  });
});
