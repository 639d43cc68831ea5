import { DataSource } from 'typeorm';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { InboxItemEntity, UnitProgressEntity } from '../entities';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { createCampaigns, sampleProjection } from './campaign-test-fixtures';
import { CampaignProjections } from './projections';

const COMMUNES = [
  { unitCode: 'TQ-YS-THANGQUAN', path: '/TQ/TQ-YS/TQ-YS-THANGQUAN/', reportsTo: 'TQ-YS', levelCode: 'xa' },
  { unitCode: 'TQ-YS-LANGQUAN', path: '/TQ/TQ-YS/TQ-YS-LANGQUAN/', reportsTo: 'TQ-YS', levelCode: 'xa' },
  { unitCode: 'TQ-SD-TUTHINH', path: '/TQ/TQ-SD/TQ-SD-TUTHINH/', reportsTo: 'TQ-SD', levelCode: 'xa' },
];

describe.each(databasesUnderTest())('campaign projections on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let projections: CampaignProjections;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    await createCampaigns(dataSource, ['order', 'inbox', 'inbox-later', 'summary', 'kpi']);
    projections = new CampaignProjections(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('keeps the newer state when an older projection arrives late, and ignores repeats', async () => {
    const [commune] = COMMUNES;
    const base = { campaignId: 'order', ...commune };
    const submitted = sampleProjection({
      ...base,
      version: 2,
      status: 'submitted',
      assignment: { unitCode: 'TQ-YS', roles: ['leader'], action: 'approve' },
    });
    expect(await projections.applyObligationProjection(submitted, commune.path)).toBe(true);
    expect(await projections.applyObligationProjection(sampleProjection({ ...base, version: 1, status: 'open' }), commune.path)).toBe(
      false,
    );
    expect(await projections.applyObligationProjection(submitted, commune.path)).toBe(false);

    const progress = await dataSource
      .getRepository(UnitProgressEntity)
      .findOneByOrFail({ campaignId: 'order', unitCode: commune.unitCode });
    expect(progress).toMatchObject({ status: 'submitted', version: 2, unitPath: commune.path, escalated: false, kpiValues: null });
    expect(progress.dueAt?.toISOString()).toBe('2026-06-30T10:00:00.000Z');
    const item = await dataSource.getRepository(InboxItemEntity).findOneByOrFail({ key: `order|${commune.unitCode}|so-ket` });
    expect(item).toMatchObject({ status: 'open', version: 2, assigneeUnitCode: 'TQ-YS', assigneeRoles: ['leader'], action: 'approve' });

    await projections.applyObligationProjection(
      sampleProjection({ ...base, version: 3, status: 'approved', assignment: null }),
      commune.path,
    );
    expect(await dataSource.getRepository(InboxItemEntity).findOneByOrFail({ key: item.key })).toMatchObject({
      status: 'done',
      assigneeUnitCode: null,
      version: 3,
    });
  });

  it('shows an official the open items of their unit for their roles, most urgent first', async () => {
    const approve = (unit: (typeof COMMUNES)[number], dueAt: string, roles: ('leader' | 'deputy_leader')[]) =>
      projections.applyObligationProjection(
        sampleProjection({
          campaignId: 'inbox',
          ...unit,
          version: 1,
          status: 'submitted',
          dueAt,
          assignment: { unitCode: 'TQ-YS', roles, action: 'approve' },
        }),
        unit.path,
      );
    await approve(COMMUNES[0], '2026-07-10T00:00:00.000Z', ['leader', 'deputy_leader']);
    await approve(COMMUNES[1], '2026-07-01T00:00:00.000Z', ['deputy_leader']);
    await projections.applyObligationProjection(sampleProjection({ campaignId: 'inbox', ...COMMUNES[2], version: 1 }), COMMUNES[2].path);

    const leader = await projections.inboxFor({ unitCode: 'TQ-YS', roles: ['leader'] }, { limit: 10, offset: 0, campaignId: 'inbox' });
    expect(leader.items.map((i) => i.unitCode)).toEqual(['TQ-YS-THANGQUAN']);
    const deputy = await projections.inboxFor(
      { unitCode: 'TQ-YS', roles: ['specialist', 'deputy_leader'] },
      { limit: 10, offset: 0, campaignId: 'inbox' },
    );
    expect(deputy.items.map((i) => i.unitCode)).toEqual(['TQ-YS-LANGQUAN', 'TQ-YS-THANGQUAN']);
    const firstPage = await projections.inboxFor(
      { unitCode: 'TQ-YS', roles: ['deputy_leader'] },
      { limit: 1, offset: 0, campaignId: 'inbox' },
    );
    expect(firstPage).toMatchObject({ total: 2, items: [{ unitCode: 'TQ-YS-LANGQUAN' }] });
    expect((await projections.inboxFor({ unitCode: 'TQ-SD-TUTHINH', roles: ['specialist'] }, { limit: 10, offset: 0 })).items).toHaveLength(
      1,
    );
    expect((await projections.inboxFor({ unitCode: 'TQ-YS', roles: [] }, { limit: 10, offset: 0 })).total).toBe(0);
  });

  it('puts a task whose deadline is to be announced after every dated one, and narrows by kind and by deadline state', async () => {
    const task = (unit: (typeof COMMUNES)[number], key: string, dueAt: string | null) =>
      projections.applyObligationProjection(
        sampleProjection({
          campaignId: 'inbox-later',
          ...unit,
          key,
          version: 1,
          status: 'submitted',
          dueAt,
          assignment: { unitCode: 'TQ-YS', roles: ['leader'], action: 'approve' },
        }),
        unit.path,
      );
    await task(COMMUNES[0], 'tong-ket', null);
    await task(COMMUNES[1], 'so-ket', '2026-07-01T00:00:00.000Z');
    const inbox = (kind?: string) =>
      projections.inboxFor(
        { unitCode: 'TQ-YS', roles: ['leader'] },
        { limit: 10, offset: 0, campaignId: 'inbox-later', ...(kind ? { kind } : {}) },
      );
    expect((await inbox()).items.map((i) => [i.obligationKey, i.dueAt])).toEqual([
      ['so-ket', new Date('2026-07-01T00:00:00.000Z')],
      ['tong-ket', null],
    ]);
    expect((await inbox('interim_review')).total).toBe(2);
    expect((await inbox('launch')).total).toBe(0);

    const due = async (state: 'overdue' | 'upcoming' | 'undated', at: string) =>
      (
        await projections.inboxFor(
          { unitCode: 'TQ-YS', roles: ['leader'] },
          { limit: 10, offset: 0, campaignId: 'inbox-later', due: { state, at: new Date(at) } },
        )
      ).items.map((i) => i.obligationKey);
    expect(await due('overdue', '2026-07-02T00:00:00.000Z')).toEqual(['so-ket']);
    expect(await due('overdue', '2026-06-30T00:00:00.000Z')).toEqual([]);
    expect(await due('upcoming', '2026-06-30T00:00:00.000Z')).toEqual(['so-ket']);
    expect(await due('undated', '2026-06-30T00:00:00.000Z')).toEqual(['tong-ket']);
  });

  it('summarises progress per level and phase, counting late obligations against the given time', async () => {
    const [thangQuan, langQuan, tuThinh] = COMMUNES;
    const apply = (unit: (typeof COMMUNES)[number], status: 'open' | 'approved', phaseKey: string, dueAt: string) =>
      projections.applyObligationProjection(
        sampleProjection({ campaignId: 'summary', ...unit, version: 1, status, phaseKey, dueAt }),
        unit.path,
      );
    await apply(thangQuan, 'approved', 'so-ket', '2026-06-01T00:00:00.000Z');
    await apply(langQuan, 'open', 'so-ket', '2026-06-01T00:00:00.000Z');
    await apply(tuThinh, 'open', 'so-ket', '2026-08-01T00:00:00.000Z');
    await apply(thangQuan, 'open', 'tong-ket', '2026-12-01T00:00:00.000Z');
    const district = { unitCode: 'TQ-YS', path: '/TQ/TQ-YS/', reportsTo: 'TQ', levelCode: 'huyen' };
    await projections.applyObligationProjection(
      sampleProjection({ campaignId: 'summary', ...district, version: 1, dueAt: '2026-06-15T00:00:00.000Z' }),
      district.path,
    );

    const summary = await projections.progressSummary('summary', new Date('2026-07-01T00:00:00.000Z'));
    expect(summary.byLevel.xa).toMatchObject({ open: 3, approved: 1, total: 4, late: 1 });
    expect(summary.byLevel.huyen).toMatchObject({ open: 1, total: 1, late: 1 });
    expect(summary.byPhase['so-ket']).toMatchObject({ open: 3, approved: 1, total: 4, late: 2 });
    expect(summary.byPhase['tong-ket']).toMatchObject({ open: 1, total: 1, late: 0 });

    const underYenSon = await projections.progressOf('summary', { underPath: '/TQ/TQ-YS/', limit: 10, offset: 0 });
    expect(underYenSon.total).toBe(4);
    expect(underYenSon.items[0].unitCode).toBe('TQ-YS');
    const lateCommunes = await projections.progressOf('summary', {
      levelCode: 'xa',
      status: 'open',
      reportsTo: 'TQ-YS',
      limit: 10,
      offset: 0,
    });
    expect(lateCommunes.items.map((p) => `${p.unitCode}:${p.obligationKey}`)).toEqual([
      'TQ-YS-LANGQUAN:so-ket',
      'TQ-YS-THANGQUAN:tong-ket',
    ]);
  });

  it('aggregates the KPI values of approved child reports, the latest period of each child', async () => {
    const [thangQuan, langQuan] = COMMUNES;
    const report = (
      unit: (typeof COMMUNES)[number],
      key: string,
      dueAt: string,
      status: 'approved' | 'submitted',
      kpiValues: Record<string, number>,
    ) =>
      projections.applyObligationProjection(
        sampleProjection({
          campaignId: 'kpi',
          ...unit,
          version: 1,
          key,
          phaseKey: 'trien-khai',
          status,
          dueAt,
          kpiValues,
          assignment: null,
        }),
        unit.path,
      );
    await report(thangQuan, 'trien-khai#1', '2026-03-31T00:00:00.000Z', 'approved', { hoSoTrucTuyen: 50, canBoTapHuan: 10 });
    await report(thangQuan, 'trien-khai#2', '2026-06-30T00:00:00.000Z', 'approved', { hoSoTrucTuyen: 90, canBoTapHuan: 20 });
    await report(langQuan, 'trien-khai#1', '2026-03-31T00:00:00.000Z', 'approved', { hoSoTrucTuyen: 70 });
    await report(langQuan, 'trien-khai#2', '2026-06-30T00:00:00.000Z', 'submitted', { hoSoTrucTuyen: 100 });

    expect(await projections.kpiAggregate('kpi', 'trien-khai', 'TQ-YS')).toEqual({
      hoSoTrucTuyen: { count: 2, sum: 160, average: 80 },
      canBoTapHuan: { count: 1, sum: 20, average: 20 },
    });
    expect(await projections.kpiAggregate('kpi', 'trien-khai', 'TQ-SD')).toEqual({});
  });
});
