import { DataSource } from 'typeorm';
import type { ObligationProjection } from '@tdkt/contracts';
import { CampaignProjections, CampaignRepository, openDatabase, seedDemoOrg, UnitProgressEntity } from '@tdkt/persistence';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { CampaignProjectionActivities, createCampaignProjectionActivities } from './campaign-projection.activities';
import { createDraftCampaign } from './campaign.spec-fixtures';

function submittedReport(version: number, status: 'submitted' | 'approved'): ObligationProjection {
  const actor = {
    officialId: 'x',
    username: 'chuyenvien.ys-thangquan',
    fullName: 'Chuyên viên',
    unitCode: 'TQ-YS-THANGQUAN',
    roles: ['specialist' as const],
  };
  return {
    campaignId: 'cds-2026',
    unitCode: 'TQ-YS-THANGQUAN',
    reportsTo: 'TQ-YS',
    levelCode: 'xa',
    version,
    obligation: {
      spec: {
        key: 'so-ket',
        phaseKey: 'so-ket',
        stageKey: 'gd1',
        kind: 'interim_review',
        title: 'Báo cáo sơ kết',
        opensAt: '2026-06-01T01:00:00.000Z',
        dueAt: '2026-06-30T10:00:00.000Z',
      },
      status,
      dueAt: '2026-06-30T10:00:00.000Z',
      content: { summary: 'Đã triển khai', kpiValues: { hoSoTrucTuyen: 85 } },
      remindersSent: 1,
      lastAlarmAt: null,
      escalated: false,
      version,
      extensions: [],
      history: [
        { requestId: 'r1', action: 'submit', actor, at: '2026-06-20T03:00:00.000Z', comment: null },
        ...(status === 'approved'
          ? [
              {
                requestId: 'r2',
                action: 'approve' as const,
                actor: { ...actor, unitCode: 'TQ-YS' },
                at: '2026-06-22T03:00:00.000Z',
                comment: 'Đồng ý',
              },
            ]
          : []),
      ],
    },
    assignment: status === 'approved' ? null : { unitCode: 'TQ-YS', roles: ['leader', 'deputy_leader'], action: 'approve' },
  };
}

describe.each(databasesUnderTest())('campaign projection activities on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let activities: CampaignProjectionActivities;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    await createDraftCampaign(dataSource, 'cds-2026');
    activities = createCampaignProjectionActivities({ dataSource });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('numbers the plan once and records the issue', async () => {
    const number = await activities.assignPlanNumber({ campaignId: 'cds-2026', issuerCode: 'UBND', year: 2026 });
    expect(number).toEqual({ sequence: 1, number: '1/KH-UBND' });
    expect(await activities.assignPlanNumber({ campaignId: 'cds-2026', issuerCode: 'UBND', year: 2026 })).toEqual(number);

    await activities.recordCampaignStatus({
      campaignId: 'cds-2026',
      status: 'issued',
      planNumber: number.number,
      issuedAt: '2026-01-15T02:00:00.000Z',
    });
    expect(await new CampaignRepository(dataSource).findById('cds-2026')).toMatchObject({
      status: 'issued',
      planNumber: '1/KH-UBND',
      issuedAt: new Date('2026-01-15T02:00:00.000Z'),
    });
    await expect(activities.recordCampaignStatus({ campaignId: 'nope', status: 'running' })).rejects.toThrow(/does not exist/);
  });

  it('projects an obligation with the unit path from the org tree, newest version winning', async () => {
    await activities.projectObligation(submittedReport(2, 'submitted'));
    const projections = new CampaignProjections(dataSource);
    const inbox = await projections.inboxFor({ unitCode: 'TQ-YS', roles: ['deputy_leader'] }, { limit: 10, offset: 0 });
    expect(inbox.items).toMatchObject([{ unitCode: 'TQ-YS-THANGQUAN', action: 'approve', assigneeRoles: ['leader', 'deputy_leader'] }]);

    await activities.projectObligation(submittedReport(3, 'approved'));
    await activities.projectObligation(submittedReport(2, 'submitted'));
    const row = await dataSource.getRepository(UnitProgressEntity).findOneByOrFail({ campaignId: 'cds-2026', unitCode: 'TQ-YS-THANGQUAN' });
    expect(row).toMatchObject({
      status: 'approved',
      version: 3,
      unitPath: '/TQ/TQ-YS/TQ-YS-THANGQUAN/',
      remindersSent: 1,
      kpiValues: { hoSoTrucTuyen: 85 },
    });
    expect(row.submittedAt?.toISOString()).toBe('2026-06-20T03:00:00.000Z');
    expect(row.approvedAt?.toISOString()).toBe('2026-06-22T03:00:00.000Z');
    expect((await projections.inboxFor({ unitCode: 'TQ-YS', roles: ['deputy_leader'] }, { limit: 10, offset: 0 })).total).toBe(0);
    expect(await projections.kpiAggregate('cds-2026', 'so-ket', 'TQ-YS')).toEqual({ hoSoTrucTuyen: { count: 1, sum: 85, average: 85 } });
  });

  it('refuses a unit the org tree does not know', async () => {
    await expect(activities.projectObligation({ ...submittedReport(1, 'submitted'), unitCode: 'TQ-NOWHERE' })).rejects.toThrow(
      /Unit TQ-NOWHERE/,
    );
  });
});
