import request from 'supertest';
import { CampaignEntity, UnitProgressEntity } from '@tdkt/persistence';
import { insertCampaign, loginCache } from '../audit/audit-test-support';
import { startTestApp, TestApp } from '../test-app';

const UNITS: Record<string, { path: string; reportsTo: string; levelCode: string }> = {
  'TQ-YS-THANGQUAN': { path: '/TQ/TQ-YS/TQ-YS-THANGQUAN/', reportsTo: 'TQ-YS', levelCode: 'xa' },
  'TQ-YS-LANGQUAN': { path: '/TQ/TQ-YS/TQ-YS-LANGQUAN/', reportsTo: 'TQ-YS', levelCode: 'xa' },
  'TQ-SD-TUTHINH': { path: '/TQ/TQ-SD/TQ-SD-TUTHINH/', reportsTo: 'TQ-SD', levelCode: 'xa' },
  'TQ-SD-HOPTHANH': { path: '/TQ/TQ-SD/TQ-SD-HOPTHANH/', reportsTo: 'TQ-SD', levelCode: 'xa' },
};

interface Dashboard {
  campaignId: string;
  asOf: string;
  levels: { code: string; name: string | null; rank: number | null }[];
  phases: { key: string; name: string; kind: string }[];
  daily: { day: string; submitted: number; approved: number }[];
  lateUnits: { unitCode: string; unitName: string | null; levelCode: string; late: number; total: number }[];
  lateUnitCount: number;
}

describe('GET /campaigns/:id/dashboard: activity per day and the latest units, within the progress scope (real DB)', () => {
  let t: TestApp;
  let campaign: CampaignEntity;
  let outside: CampaignEntity;
  const login = loginCache(() => t);
  const get = async (username: string, path: string) =>
    request(t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await login(username)}`);
  const dashboard = async (username: string, query = ''): Promise<Dashboard> => {
    const response = await get(username, `/campaigns/${campaign.id}/dashboard${query}`);
    expect(response.status).toBe(200);
    return response.body as Dashboard;
  };

  const progress = (
    unitCode: string,
    obligationKey: string,
    status: UnitProgressEntity['status'],
    dueAt: string,
    submittedAt: string | null = null,
    approvedAt: string | null = null,
  ): Partial<UnitProgressEntity> => ({
    campaignId: campaign.id,
    unitCode,
    obligationKey,
    reportsTo: UNITS[unitCode].reportsTo,
    levelCode: UNITS[unitCode].levelCode,
    unitPath: UNITS[unitCode].path,
    phaseKey: obligationKey,
    stageKey: 'giai-doan-1',
    kind: obligationKey === 'phat-dong' ? 'launch' : 'interim_review',
    status,
    dueAt: new Date(dueAt),
    submittedAt: submittedAt ? new Date(submittedAt) : null,
    approvedAt: approvedAt ? new Date(approvedAt) : null,
    remindersSent: 0,
    escalated: false,
    kpiValues: null,
    content: null,
    version: 1,
    updatedAt: new Date(),
  });

  beforeAll(async () => {
    t = await startTestApp();
    campaign = await insertCampaign(t, 'TQ', 'Chuyển đổi số tỉnh Tuyên Quang');
    outside = await insertCampaign(t, 'TQ-SD', 'Phong trào của huyện Sơn Dương');
    // Units report on a campaign once it is issued; a draft is read only on its issuer's side (docs/ACCESS.md).
    await t.dataSource.getRepository(CampaignEntity).update(campaign.id, { status: 'running' });
    await t.dataSource.getRepository(UnitProgressEntity).save([
      // Sent at 23:30 on 5 March in Vietnam, approved at 00:30 on the 6th.
      progress('TQ-YS-THANGQUAN', 'phat-dong', 'approved', '2026-03-04T10:00:00Z', '2026-03-05T16:30:00Z', '2026-03-05T17:30:00Z'),
      progress('TQ-YS-LANGQUAN', 'phat-dong', 'submitted', '2099-03-04T10:00:00Z', '2026-03-05T10:00:00Z'),
      progress('TQ-SD-TUTHINH', 'phat-dong', 'open', '2026-03-01T10:00:00Z'),
      progress('TQ-SD-TUTHINH', 'so-ket-2023', 'returned', '2026-03-02T10:00:00Z', '2026-03-01T01:00:00Z'),
      progress('TQ-SD-HOPTHANH', 'phat-dong', 'open', '2026-03-01T10:00:00Z'),
    ]);
  });
  afterAll(() => t?.close());

  it('shows the issuer’s officials every unit: days in Vietnam time, the latest units with their names, levels and phases named', async () => {
    const body = await dashboard('lanhdao.tinh');
    expect(body).toMatchObject({ campaignId: campaign.id, lateUnitCount: 2 });
    expect(Math.abs(Date.parse(body.asOf) - Date.now())).toBeLessThan(60_000);
    expect(body.daily).toEqual([
      { day: '2026-03-01', submitted: 1, approved: 0 },
      { day: '2026-03-05', submitted: 2, approved: 0 },
      { day: '2026-03-06', submitted: 0, approved: 1 },
    ]);
    expect(body.lateUnits).toEqual([
      { unitCode: 'TQ-SD-TUTHINH', unitName: 'Ủy ban nhân dân xã Tú Thịnh', levelCode: 'xa', late: 2, total: 2 },
      { unitCode: 'TQ-SD-HOPTHANH', unitName: 'Ủy ban nhân dân xã Hợp Thành', levelCode: 'xa', late: 1, total: 1 },
    ]);
    expect(body.levels).toEqual([{ code: 'xa', name: 'Xã', rank: 2 }]);
    expect(body.phases.slice(0, 2)).toEqual([
      { key: 'phat-dong', name: expect.stringContaining('phát động'), kind: 'launch' },
      { key: 'trien-khai', name: expect.stringContaining('Triển khai'), kind: 'implementation' },
    ]);
    expect(body.phases.map((p) => p.key)).toContain('tong-ket-2030');
  });

  it('counts the same late obligations as GET progress does, for every official', async () => {
    for (const username of ['lanhdao.tinh', 'thanhtra.tinh', 'lanhdao.sd', 'thanhtra.ys', 'chuyenvien.ys-thangquan']) {
      const [body, summary] = await Promise.all([dashboard(username), get(username, `/campaigns/${campaign.id}/progress`)]);
      const lateInProgress = Object.values(summary.body.byLevel as Record<string, { late: number }>).reduce((n, c) => n + c.late, 0);
      expect({ username, late: body.lateUnits.reduce((n, u) => n + u.late, 0) }).toEqual({ username, late: lateInProgress });
    }
  });

  it('shows everyone else their own subtree only', async () => {
    const district = await dashboard('thanhtra.ys');
    expect(district.lateUnits).toEqual([]);
    expect(district.lateUnitCount).toBe(0);
    expect(district.daily).toEqual([
      { day: '2026-03-05', submitted: 2, approved: 0 },
      { day: '2026-03-06', submitted: 0, approved: 1 },
    ]);
    const sonDuong = await dashboard('lanhdao.sd');
    expect(sonDuong.lateUnits.map((u) => u.unitCode)).toEqual(['TQ-SD-TUTHINH', 'TQ-SD-HOPTHANH']);
    expect(sonDuong.daily).toEqual([{ day: '2026-03-01', submitted: 1, approved: 0 }]);
    const commune = await dashboard('chuyenvien.ys-thangquan');
    expect(commune.daily).toEqual([
      { day: '2026-03-05', submitted: 1, approved: 0 },
      { day: '2026-03-06', submitted: 0, approved: 1 },
    ]);
  });

  it('lists only the `top` latest units, and still says how many are late', async () => {
    const body = await dashboard('thanhtra.tinh', '?top=1');
    expect(body.lateUnits.map((u) => u.unitCode)).toEqual(['TQ-SD-TUTHINH']);
    expect(body.lateUnitCount).toBe(2);
  });

  it('refuses a `top` out of range in Vietnamese, a campaign outside the scope, and an unknown campaign', async () => {
    for (const [top, message] of [
      ['0', 'top phải từ 1 trở lên.'],
      ['101', 'top không được lớn hơn 100.'],
      ['abc', 'top phải là một số nguyên.'],
    ]) {
      const response = await get('lanhdao.tinh', `/campaigns/${campaign.id}/dashboard?top=${top}`);
      expect({ top, status: response.status }).toEqual({ top, status: 400 });
      expect(JSON.stringify(response.body)).toContain(message);
    }
    const refused = await get('thanhtra.ys', `/campaigns/${outside.id}/dashboard`);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('ngoài phạm vi');
    expect((await get('lanhdao.tinh', '/campaigns/00000000-0000-4000-8000-000000000000/dashboard')).status).toBe(404);
    expect((await request(t.app.getHttpServer()).get(`/campaigns/${campaign.id}/dashboard`)).status).toBe(401);
  });

  it('is documented in the OpenAPI document with its response', async () => {
    const doc = await request(t.app.getHttpServer()).get('/docs-json').expect(200);
    const route = doc.body.paths['/campaigns/{id}/dashboard'].get;
    expect(route.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/DashboardView' });
    expect(route.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'top']));
  });
});
