import { DataSource } from 'typeorm';
import type { ObligationEvent } from '@tdkt/domain';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { createCampaigns, sampleProjection } from './campaign-test-fixtures';
import { CampaignDashboardQueries } from './dashboard-queries';
import { CampaignProjections } from './projections';

const UNITS = {
  yenSon: { unitCode: 'TQ-YS', path: '/TQ/TQ-YS/', reportsTo: 'TQ', levelCode: 'huyen' },
  thangQuan: { unitCode: 'TQ-YS-THANGQUAN', path: '/TQ/TQ-YS/TQ-YS-THANGQUAN/', reportsTo: 'TQ-YS', levelCode: 'xa' },
  langQuan: { unitCode: 'TQ-YS-LANGQUAN', path: '/TQ/TQ-YS/TQ-YS-LANGQUAN/', reportsTo: 'TQ-YS', levelCode: 'xa' },
  tuThinh: { unitCode: 'TQ-SD-TUTHINH', path: '/TQ/TQ-SD/TQ-SD-TUTHINH/', reportsTo: 'TQ-SD', levelCode: 'xa' },
};
type Unit = (typeof UNITS)[keyof typeof UNITS];

const NOW = new Date('2026-03-10T03:00:00.000Z');

const event = (action: ObligationEvent['action'], at: string): ObligationEvent => ({
  requestId: `${action}-${at}`,
  action,
  actor: { officialId: 'x', username: 'x', fullName: 'X', unitCode: 'TQ', roles: ['specialist'] },
  at,
  comment: null,
});

describe.each(databasesUnderTest())('the campaign dashboard’s reads on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let dashboard: CampaignDashboardQueries;

  const project = async (
    campaignId: string,
    unit: Unit,
    key: string,
    status: 'open' | 'submitted' | 'approved' | 'returned' | 'cancelled',
    dueAt: string,
    history: ObligationEvent[] = [],
  ) => {
    const record = sampleProjection({ campaignId, ...unit, key, phaseKey: key, version: 1, status, dueAt });
    record.obligation.history = history;
    await new CampaignProjections(dataSource).applyObligationProjection(record, unit.path);
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    await createCampaigns(dataSource, ['dash', 'other', 'midnight', 'mixed']);
    dashboard = new CampaignDashboardQueries(dataSource);
    // Sent at 23:30 on 5 March in Vietnam, approved at 00:30 on the 6th: two days there, one day in UTC.
    await project('dash', UNITS.thangQuan, 'phat-dong', 'approved', '2026-03-04T10:00:00.000Z', [
      event('submit', '2026-03-05T16:30:00.000Z'),
      event('approve', '2026-03-05T17:30:00.000Z'),
    ]);
    // Sent twice (returned in between): only the last sending counts; still waiting and past due, so late.
    await project('dash', UNITS.langQuan, 'phat-dong', 'submitted', '2026-03-04T10:00:00.000Z', [
      event('submit', '2026-03-02T02:00:00.000Z'),
      event('return', '2026-03-03T02:00:00.000Z'),
      event('submit', '2026-03-05T10:00:00.000Z'),
    ]);
    await project('dash', UNITS.tuThinh, 'phat-dong', 'open', '2026-03-01T10:00:00.000Z');
    await project('dash', UNITS.tuThinh, 'so-ket', 'returned', '2026-03-02T10:00:00.000Z', [event('submit', '2026-03-01T01:00:00.000Z')]);
    // Not due yet, and ended with the campaign: neither is late.
    await project('dash', UNITS.yenSon, 'phat-dong', 'open', '2026-12-01T10:00:00.000Z');
    await project('dash', UNITS.yenSon, 'so-ket', 'cancelled', '2026-03-01T10:00:00.000Z');
    // Another campaign's rows must not leak into this one's numbers.
    await project('other', UNITS.thangQuan, 'phat-dong', 'approved', '2026-03-01T10:00:00.000Z', [
      event('submit', '2026-03-05T01:00:00.000Z'),
      event('approve', '2026-03-05T02:00:00.000Z'),
    ]);
    await project('other', UNITS.yenSon, 'phat-dong', 'open', '2026-03-01T10:00:00.000Z');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('counts obligations sent and approved per calendar day in Vietnam, oldest first', async () => {
    expect(await dashboard.dailyActivity('dash')).toEqual([
      { day: '2026-03-01', submitted: 1, approved: 0 },
      { day: '2026-03-05', submitted: 2, approved: 0 },
      { day: '2026-03-06', submitted: 0, approved: 1 },
    ]);
  });

  it('starts the Vietnamese day at 17:00 UTC, to the millisecond', async () => {
    // 23:59 and 23:59:59.999 on 5 March in Vietnam, then 00:00 and 00:30 on the 6th: two days there, one in UTC.
    await project('midnight', UNITS.tuThinh, 'phat-dong', 'submitted', '2026-03-10T10:00:00.000Z', [
      event('submit', '2026-03-05T16:59:00.000Z'),
    ]);
    await project('midnight', UNITS.thangQuan, 'phat-dong', 'approved', '2026-03-10T10:00:00.000Z', [
      event('submit', '2026-03-05T16:59:59.999Z'),
      event('approve', '2026-03-05T17:00:00.000Z'),
    ]);
    await project('midnight', UNITS.langQuan, 'phat-dong', 'submitted', '2026-03-10T10:00:00.000Z', [
      event('submit', '2026-03-05T17:30:00.000Z'),
    ]);
    expect(await dashboard.dailyActivity('midnight')).toEqual([
      { day: '2026-03-05', submitted: 2, approved: 0 },
      { day: '2026-03-06', submitted: 1, approved: 1 },
    ]);
  });

  it('counts only the subtree it is given', async () => {
    expect(await dashboard.dailyActivity('dash', '/TQ/TQ-YS/')).toEqual([
      { day: '2026-03-05', submitted: 2, approved: 0 },
      { day: '2026-03-06', submitted: 0, approved: 1 },
    ]);
    expect(await dashboard.dailyActivity('dash', '/TQ/TQ-YS/TQ-YS-THANGQUAN/')).toEqual([
      { day: '2026-03-05', submitted: 1, approved: 0 },
      { day: '2026-03-06', submitted: 0, approved: 1 },
    ]);
    expect(await dashboard.dailyActivity('nothing-here')).toEqual([]);
  });

  it('ranks the units with the most late obligations first, with their names, and says how many are late in all', async () => {
    expect(await dashboard.lateUnits('dash', NOW, { limit: 10 })).toEqual({
      items: [
        { unitCode: 'TQ-SD-TUTHINH', unitName: 'Ủy ban nhân dân xã Tú Thịnh', levelCode: 'xa', late: 2, total: 2 },
        { unitCode: 'TQ-YS-LANGQUAN', unitName: 'Ủy ban nhân dân xã Lang Quán', levelCode: 'xa', late: 1, total: 1 },
      ],
      total: 2,
    });
    expect(await dashboard.lateUnits('dash', NOW, { limit: 1 })).toMatchObject({ items: [{ unitCode: 'TQ-SD-TUTHINH' }], total: 2 });
    expect(await dashboard.lateUnits('dash', NOW, { limit: 10, underPath: '/TQ/TQ-YS/' })).toMatchObject({
      items: [{ unitCode: 'TQ-YS-LANGQUAN', late: 1 }],
      total: 1,
    });
    // Before any deadline passed nobody is late.
    expect(await dashboard.lateUnits('dash', new Date('2026-02-01T00:00:00.000Z'), { limit: 10 })).toEqual({ items: [], total: 0 });
  });

  it('totals every obligation of a late unit, late or not, and ranks units as late as each other in tree order', async () => {
    await project('mixed', UNITS.yenSon, 'phat-dong', 'approved', '2026-03-01T10:00:00.000Z', [
      event('approve', '2026-03-02T10:00:00.000Z'),
    ]);
    await project('mixed', UNITS.langQuan, 'phat-dong', 'returned', '2026-03-01T10:00:00.000Z');
    await project('mixed', UNITS.tuThinh, 'phat-dong', 'open', '2026-03-01T10:00:00.000Z');
    await project('mixed', UNITS.tuThinh, 'so-ket', 'open', '2026-12-01T10:00:00.000Z');
    expect(await dashboard.lateUnits('mixed', NOW, { limit: 10 })).toEqual({
      items: [
        { unitCode: 'TQ-SD-TUTHINH', unitName: 'Ủy ban nhân dân xã Tú Thịnh', levelCode: 'xa', late: 1, total: 2 },
        { unitCode: 'TQ-YS-LANGQUAN', unitName: 'Ủy ban nhân dân xã Lang Quán', levelCode: 'xa', late: 1, total: 1 },
      ],
      total: 2,
    });
    await expect(dashboard.lateUnits('mixed', NOW, { limit: 0 })).rejects.toThrow(RangeError);
  });

  it('names the levels the campaign reaches, top level first', async () => {
    expect(await dashboard.levels('dash')).toEqual([
      { code: 'huyen', name: 'Huyện', rank: 1 },
      { code: 'xa', name: 'Xã', rank: 2 },
    ]);
    expect(await dashboard.levels('dash', '/TQ/TQ-SD/')).toEqual([{ code: 'xa', name: 'Xã', rank: 2 }]);
  });
});
