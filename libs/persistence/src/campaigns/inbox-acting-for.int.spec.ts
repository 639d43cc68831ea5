import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { HumanTaskKind } from '@tdkt/domain';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { DelegationRepository } from '../delegations/delegation-repository';
import { OfficialEntity } from '../entities';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { createCampaigns, sampleProjection } from './campaign-test-fixtures';
import { ActingForGrant, CampaignProjections } from './projections';

const THANGQUAN = { unitCode: 'TQ-YS-THANGQUAN', path: '/TQ/TQ-YS/TQ-YS-THANGQUAN/', reportsTo: 'TQ-YS', levelCode: 'xa' };
const LANGQUAN = { unitCode: 'TQ-YS-LANGQUAN', path: '/TQ/TQ-YS/TQ-YS-LANGQUAN/', reportsTo: 'TQ-YS', levelCode: 'xa' };
const DAY = 86_400_000;

describe.each(databasesUnderTest())('the inbox of an official acting under a delegation, on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let projections: CampaignProjections;
  let delegations: DelegationRepository;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    await createCampaigns(dataSource, ['acting-a', 'acting-b']);
    projections = new CampaignProjections(dataSource);
    delegations = new DelegationRepository(dataSource);
    for (const username of ['lanhdao.ys', 'chuyenvien.ys', 'chuyenvien.tinh'])
      ids[username] = (await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username })).id;

    // The district leader's tasks: a commune's report to approve in each campaign, another's extension, a plan step.
    const leaderTask = (unit: typeof THANGQUAN, campaignId: string, key: string, action: 'approve' | 'decide_extension', dueAt: string) =>
      projections.applyObligationProjection(
        sampleProjection({
          campaignId,
          ...unit,
          key,
          version: 1,
          status: action === 'approve' ? 'submitted' : 'open',
          dueAt,
          assignment: { unitCode: 'TQ-YS', roles: ['leader', 'deputy_leader'], action },
        }),
        unit.path,
      );
    await leaderTask(THANGQUAN, 'acting-a', 'so-ket', 'approve', '2026-07-03T00:00:00.000Z');
    await leaderTask(LANGQUAN, 'acting-a', 'so-ket', 'decide_extension', '2026-07-02T00:00:00.000Z');
    await leaderTask(THANGQUAN, 'acting-b', 'so-ket', 'approve', '2026-07-04T00:00:00.000Z');
    await projections.applyHumanTask({
      campaignId: 'acting-b',
      unitCode: 'TQ-YS',
      taskKey: 'plan:office#1',
      kind: 'plan_approval',
      title: 'Thẩm định kế hoạch',
      action: 'approve',
      candidates: { unitCode: 'TQ-YS', roles: ['leader'] },
      dueAt: '2026-07-05T00:00:00.000Z',
      status: 'open',
      version: 1,
    });
    // The district specialist's own task: listed as theirs, whatever they hold.
    await projections.applyObligationProjection(
      sampleProjection({
        campaignId: 'acting-a',
        unitCode: 'TQ-YS',
        reportsTo: 'TQ',
        levelCode: 'huyen',
        key: 'so-ket',
        version: 1,
        dueAt: '2026-07-01T00:00:00.000Z',
        assignment: { unitCode: 'TQ-YS', roles: ['specialist', 'leader'], action: 'submit' },
      }),
      '/TQ/TQ-YS/',
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const delegate = (kinds: HumanTaskKind[], campaignId: string | null, from: number, to: number, toOfficial = 'chuyenvien.ys') =>
    delegations.create({
      id: randomUUID(),
      fromOfficialId: ids['lanhdao.ys'],
      toOfficialId: ids[toOfficial],
      unitCode: 'TQ-YS',
      kinds,
      campaignId,
      startsAt: new Date(Date.now() + from * DAY),
      endsAt: new Date(Date.now() + to * DAY),
      reason: 'Đi công tác',
      createdBy: ids['lanhdao.ys'],
    });
  const grantOf = (d: { id: string; from: { unitCode: string }; kinds: HumanTaskKind[]; campaignId: string | null }): ActingForGrant => ({
    delegationId: d.id,
    unitCode: d.from.unitCode,
    roles: ['leader'],
    kinds: d.kinds,
    campaignId: d.campaignId,
  });
  const inboxOf = (actingFor: ActingForGrant[], query: { limit: number; offset: number; kind?: string } = { limit: 10, offset: 0 }) =>
    projections.inboxFor({ unitCode: 'TQ-YS', roles: ['specialist'], actingFor }, query);
  const listed = (page: { items: { campaignId: string; unitCode: string; kind: string; delegationId: string | null }[] }) =>
    page.items.map((i) => [i.campaignId, i.unitCode, i.kind, i.delegationId]);

  it('finds the delegations an official holds now: received, started, not ended, not revoked', async () => {
    const inForce = await delegate(['report_approval'], null, -1, 5);
    await delegate(['report_approval'], null, 1, 5); // not yet started
    await delegate(['report_approval'], null, -5, -1); // ended
    await delegate(['report_approval'], null, -1, 5, 'chuyenvien.tinh'); // someone else's
    const revoked = await delegate(['report_approval'], null, -1, 5);
    await delegations.revoke(revoked.id, ids['lanhdao.ys'], 'Đã về', new Date());

    expect((await delegations.inForceFor(ids['chuyenvien.ys'], new Date())).map((d) => d.id)).toEqual([inForce.id]);
    await delegations.revoke(inForce.id, ids['lanhdao.ys'], 'Đã về', new Date());
    expect(await delegations.inForceFor(ids['chuyenvien.ys'], new Date())).toEqual([]);
  });

  it('lists the leader’s open tasks of the delegated kinds beside the official’s own, most urgent first, naming the delegation', async () => {
    const reports = grantOf(await delegate(['report_approval'], null, -1, 5));
    expect(listed(await inboxOf([reports]))).toEqual([
      ['acting-a', 'TQ-YS', 'interim_review', null],
      ['acting-a', 'TQ-YS-THANGQUAN', 'interim_review', reports.delegationId],
      ['acting-b', 'TQ-YS-THANGQUAN', 'interim_review', reports.delegationId],
    ]);

    const extensions = grantOf(await delegate(['extension_decision', 'plan_approval'], null, -1, 5));
    expect(listed(await inboxOf([extensions]))).toEqual([
      ['acting-a', 'TQ-YS', 'interim_review', null],
      ['acting-a', 'TQ-YS-LANGQUAN', 'interim_review', extensions.delegationId],
      ['acting-b', 'TQ-YS', 'plan_approval', extensions.delegationId],
    ]);
    expect(listed(await inboxOf([reports, extensions], { limit: 2, offset: 2 }))).toEqual([
      ['acting-a', 'TQ-YS-THANGQUAN', 'interim_review', reports.delegationId],
      ['acting-b', 'TQ-YS-THANGQUAN', 'interim_review', reports.delegationId],
    ]);
    expect((await inboxOf([reports, extensions], { limit: 2, offset: 2 })).total).toBe(5);
    expect(listed(await inboxOf([reports, extensions], { limit: 10, offset: 0, kind: 'plan_approval' }))).toEqual([
      ['acting-b', 'TQ-YS', 'plan_approval', extensions.delegationId],
    ]);
  });

  it('keeps a delegation for one campaign to that campaign, and lists nothing of a leader whose roles are unknown', async () => {
    const one = grantOf(await delegate(['report_approval', 'plan_approval'], 'acting-b', -1, 5));
    expect(listed(await inboxOf([one]))).toEqual([
      ['acting-a', 'TQ-YS', 'interim_review', null],
      ['acting-b', 'TQ-YS-THANGQUAN', 'interim_review', one.delegationId],
      ['acting-b', 'TQ-YS', 'plan_approval', one.delegationId],
    ]);
    expect(
      listed(await projections.inboxFor({ unitCode: 'TQ-YS', roles: [], actingFor: [{ ...one, roles: [] }] }, { limit: 10, offset: 0 })),
    ).toEqual([]);
    expect(listed(await projections.inboxFor({ unitCode: 'TQ-YS', roles: [], actingFor: [one] }, { limit: 10, offset: 0 }))).toEqual([
      ['acting-b', 'TQ-YS-THANGQUAN', 'interim_review', one.delegationId],
      ['acting-b', 'TQ-YS', 'plan_approval', one.delegationId],
    ]);
  });
});
