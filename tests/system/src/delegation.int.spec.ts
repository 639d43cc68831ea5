import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { readTimeline } from './audit/timeline-reader';
import { draftAndSign } from './draft-and-sign';
import { CampaignFlow } from './campaign-flow';
import { compressPlan } from './compressed-plan';
import { eventually, SystemUnderTest } from './system-under-test';
import { THANGQUAN_CLERK, tuyenQuangWithClerk } from './tuyen-quang-fixture';

/**
 * Ủy quyền: a commune's Chair, away, lets the commune's office clerk approve its reports for a period.
 * The decision records both names and "TUQ."; revoked, the delegation opens nothing more.
 */
const COMMUNE = 'TQ-YS-THANGQUAN';
const LEADER = 'lanhdao.ys-thangquan';
const CLERK = THANGQUAN_CLERK.username;
const plan: PlanDefinition = (() => {
  const seed = template as unknown as PlanDefinition;
  const stage = { ...seed.stages[0], phases: seed.stages[0].phases.filter((p) => ['phat-dong', 'trien-khai'].includes(p.key)) };
  return compressPlan(
    { ...seed, stages: [stage] },
    stage.key,
    { 'phat-dong': { opens: 0, due: { default: 3600 } }, 'trien-khai': { opens: 0, due: { default: 7200 } } },
    seed.reminders,
  );
})();

describe('a leader delegates decisions for a period (ủy quyền)', () => {
  let system: SystemUnderTest;
  let flow: CampaignFlow;
  const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();
  const aMinuteAgo = () => new Date(Date.now() - 60_000).toISOString();

  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangWithClerk());
    flow = (await draftAndSign(system, plan)).flow;
    await eventually(
      'the commune’s duties open',
      async () => (await flow.progress()).filter((r) => r.unitCode === COMMUNE && r.status === 'open').length === 2,
    );
  });
  afterAll(() => system?.stop());

  it('refuses a delegation from someone who is not the head, to another body, or without a sensible period', async () => {
    const delegate = async (username: string, body: object) => (await flow.as(username)).post('/delegations', body);
    const valid = {
      toUsername: CLERK,
      kinds: ['report_approval'],
      campaignId: flow.campaignId,
      startsAt: aMinuteAgo(),
      endsAt: inAnHour(),
      reason: 'Chủ tịch xã đi học tập trung',
    };
    expect((await delegate('chuyenvien.ys-thangquan', valid)).status).toBe(403);
    expect((await delegate(LEADER, { ...valid, toUsername: 'chuyenvien.ys' })).status).toBe(400);
    expect((await delegate(LEADER, { ...valid, endsAt: aMinuteAgo(), startsAt: inAnHour() })).status).toBe(400);
    expect((await delegate(LEADER, { ...valid, kinds: ['everything'] })).status).toBe(400);
  });

  it('lets the clerk approve under the delegation, on record with both names and TUQ., until it is revoked', async () => {
    const created = await (
      await flow.as(LEADER)
    ).post('/delegations', {
      toUsername: CLERK,
      kinds: ['report_approval'],
      campaignId: flow.campaignId,
      startsAt: aMinuteAgo(),
      endsAt: inAnHour(),
      reason: 'Chủ tịch xã đi học tập trung',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      from: { username: LEADER },
      to: { username: CLERK },
      kinds: ['report_approval'],
      revokedAt: null,
    });
    expect((await (await flow.as(CLERK)).get('/delegations').expect(200)).body.items.map((d: { id: string }) => d.id)).toContain(
      created.body.id,
    );

    expect((await flow.submit(COMMUNE, 'phat-dong', { localPlanReference: '15/KH-UBND' })).status).toBe(200);
    const approve = (body: object) =>
      flow.as(CLERK).then((clerk) => clerk.act(flow.obligationPath(COMMUNE, 'phat-dong', 'decision'), { action: 'approve', ...body }));
    expect((await approve({})).status).toBe(403); // in their own right the clerk approves nothing
    const approved = await approve({ delegationId: created.body.id });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      action: 'approve',
      capacity: 'TUQ',
      actor: { username: CLERK, delegatedBy: { username: LEADER } },
    });

    // The answer comes before the workflow appends the step to the decision log.
    const inspector = await flow.as('thanhtra.tinh');
    const step = await eventually('the approval in the decision log', async () =>
      (await readTimeline(inspector, flow.campaignId)).find((i) => i.unitCode === COMMUNE && i.action === 'report_approved'),
    );
    expect(step).toMatchObject({ actor: { username: CLERK }, capacity: 'TUQ', values: { delegatedBy: { username: LEADER } } });

    const revoked = await (
      await flow.as(LEADER)
    ).post(`/delegations/${created.body.id}/revoke`, { reason: 'Chủ tịch xã đã trở lại làm việc' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await flow.submit(COMMUNE, 'trien-khai', { summary: 'Báo cáo triển khai' })).status).toBe(200);
    const afterRevoke = await (
      await flow.as(CLERK)
    ).act(flow.obligationPath(COMMUNE, 'trien-khai', 'decision'), { action: 'approve', delegationId: created.body.id });
    expect(afterRevoke.status).toBe(403);
    expect(afterRevoke.body.detail).toContain('thu hồi');
  });

  it('lets an administrator hand an absent leader’s decisions to another official, with a reason', async () => {
    const reassigned = await (
      await flow.as('quantri')
    ).post('/delegations', {
      fromUsername: LEADER,
      toUsername: CLERK,
      kinds: ['report_approval', 'extension_decision'],
      startsAt: aMinuteAgo(),
      endsAt: inAnHour(),
      reason: 'Chủ tịch xã nghỉ ốm dài ngày',
    });
    expect(reassigned.status).toBe(201);
    expect(reassigned.body).toMatchObject({ from: { username: LEADER }, campaignId: null });
    const approved = await (
      await flow.as(CLERK)
    ).act(flow.obligationPath(COMMUNE, 'trien-khai', 'decision'), { action: 'approve', delegationId: reassigned.body.id });
    expect(approved.status).toBe(200);
    expect(
      (
        await (
          await flow.as('chuyenvien.ys')
        ).post('/delegations', {
          fromUsername: LEADER,
          toUsername: CLERK,
          kinds: ['report_approval'],
          startsAt: aMinuteAgo(),
          endsAt: inAnHour(),
          reason: 'x x x',
        })
      ).status,
    ).toBe(403);
  });
});
