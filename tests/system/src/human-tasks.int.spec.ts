import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { approvalWorkflowId, participationWorkflowId } from '@tdkt/contracts';
import { readTimeline } from './audit/timeline-reader';
import { CampaignFlow } from './campaign-flow';
import { compressPlan } from './compressed-plan';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';

/**
 * Every step that waits for a person has an owner and a clock: the plan's review and signature, a unit
 * leader's approval of a report. Time limits are data (`taskLimits`), compressed to seconds here.
 */
const after = (duration: string) => ({ kind: 'durationAfter' as const, anchor: 'opened', duration });
const plan: PlanDefinition = (() => {
  const seed = template as unknown as PlanDefinition;
  const stage = { ...seed.stages[0], phases: seed.stages[0].phases.filter((p) => p.key === 'phat-dong') };
  const compressed = compressPlan(
    { ...seed, stages: [stage] },
    stage.key,
    { 'phat-dong': { opens: 0, due: { default: 3600 } } },
    seed.reminders,
  );
  return {
    ...compressed,
    // The Vice-Chair alone signs, as seed 003 was signed; the Chair is who a late signature escalates to.
    approvalChain: [seed.approvalChain[0], { key: 'sign', label: 'Phó Chủ tịch ký ban hành', roles: ['deputy_leader'], signs: true }],
    reminders: { before: ['8s'], overdueEvery: '4s', escalateAfter: '6s' },
    taskLimits: { plan_approval: after('14s'), report_approval: after('14s'), extension_decision: after('14s') },
  };
})();
const COMMUNE = 'TQ-YS-THANGQUAN';

describe('human steps have an owner and a clock', () => {
  let system: SystemUnderTest;
  let flow: CampaignFlow;
  const mailTo = (username: string, subject: RegExp) =>
    system.smtp.messages.filter((m) => JSON.stringify(m.to ?? '').includes(`${username}@`) && subject.test(m.subject ?? ''));
  const inboxOf = async (username: string) =>
    (await (await flow.as(username)).get('/inbox').expect(200)).body.items as Record<string, string>[];
  const decidePlan = async (username: string, body: object) =>
    (await flow.as(username)).act(`/campaigns/${flow.campaignId}/plan-decisions`, body);

  beforeAll(async () => {
    system = await SystemUnderTest.start();
  });
  afterAll(() => system?.stop());

  it('puts each plan step in its candidates’ inbox and mail with a due date; a late signature reminds the deputy and escalates to the Chair', async () => {
    const drafter = await system.login('chuyenvien.tinh');
    flow = new CampaignFlow(system, (await drafter.post('/campaigns', { plan }).expect(201)).body.id);

    const review = await eventually('the review in Sở Nội vụ’s inbox', async () =>
      (await inboxOf('lanhdao.snv')).find((i) => i.campaignId === flow.campaignId),
    );
    expect(review).toMatchObject({ campaignId: flow.campaignId, kind: 'plan_approval', action: 'approve', assigneeUnitCode: 'TQ-SNV' });
    expect(Date.parse(review.dueAt)).toBeGreaterThan(Date.now());
    expect((await decidePlan('lanhdao.snv', { action: 'approve', comment: 'Thống nhất' })).status).toBe(200);

    const signing = await eventually('the signature in the deputy’s inbox', async () =>
      (await inboxOf('pho.tinh')).find((i) => i.campaignId === flow.campaignId),
    );
    expect(signing).toMatchObject({ kind: 'plan_approval', action: 'sign' });
    expect(await inboxOf('lanhdao.tinh')).not.toContainEqual(expect.objectContaining({ campaignId: flow.campaignId }));
    await eventually('the new task mailed to the deputy', async () => mailTo('pho.tinh', /^\[Việc mới\] Phó Chủ tịch ký/).length > 0);
    await eventually('a reminder to the deputy', async () => mailTo('pho.tinh', /^\[(Nhắc việc|Đến hạn)\] /).length > 0, 60_000);
    await eventually(
      'the escalation to the Chair',
      async () => mailTo('lanhdao.tinh', /^\[Quá hạn\] Phó Chủ tịch ký/).length === 1,
      60_000,
    );

    const signed = await decidePlan('pho.tinh', { action: 'approve' });
    expect(signed.body).toMatchObject({ capacity: 'KT' });
    await flow.waitForStatus('running');
    expect(await inboxOf('pho.tinh')).not.toContainEqual(expect.objectContaining({ campaignId: flow.campaignId }));
    await eventually(
      'the drafter told of the signature',
      async () => mailTo('chuyenvien.tinh', /^\[Kết quả\] Kế hoạch đã được ký ban hành/).length === 1,
    );

    const steps = (await readTimeline(await flow.as('thanhtra.tinh'), flow.campaignId)).filter((i) => i.obligationKey === 'plan:sign#1');
    expect(steps.map((i) => i.action)).toEqual(expect.arrayContaining(['task_opened', 'reminder_sent', 'escalated']));
    const signature = (await readTimeline(await flow.as('thanhtra.tinh'), flow.campaignId)).find((i) => i.action === 'plan_signed')!;
    expect(signature.dueAt).toBe(signing.dueAt);
  });

  it('a report waiting on the commune’s leader reminds the leader and escalates to the district; a return reaches its author with the comment', async () => {
    await eventually('the commune’s launch open', async () =>
      (await inboxOf('chuyenvien.ys-thangquan')).some((i) => i.campaignId === flow.campaignId),
    );
    expect((await flow.submit(COMMUNE, 'phat-dong', { localPlanReference: '15/KH-UBND' })).status).toBe(200);

    const approval = await eventually('the approval in the leader’s inbox with its own due date', async () =>
      (await inboxOf('lanhdao.ys-thangquan')).find(
        (i) => i.campaignId === flow.campaignId && i.action === 'approve' && Date.parse(i.dueAt) < Date.now() + 60_000,
      ),
    );
    expect(approval.obligationKey).toBe('phat-dong');
    await eventually(
      'a reminder to the commune’s leader',
      async () => mailTo('lanhdao.ys-thangquan', /^\[(Nhắc duyệt|Đến hạn duyệt)\] /).length > 0,
      60_000,
    );
    await eventually(
      'the escalation to the district',
      async () => mailTo('lanhdao.ys', /^\[Quá hạn duyệt\] .*Thắng Quân/).length === 1,
      60_000,
    );

    expect((await flow.decide(COMMUNE, 'phat-dong', 'return', 'Bổ sung số hiệu kế hoạch của xã')).status).toBe(200);
    const returned = await eventually(
      'the author told, with the comment',
      async () => mailTo('chuyenvien.ys-thangquan', /^\[Trả lại\] /)[0],
    );
    expect(returned.text).toContain('Bổ sung số hiệu kế hoạch của xã');
    const notifications = (await (await flow.as('chuyenvien.ys-thangquan')).get('/notifications').expect(200)).body.items as {
      subject: string;
      body: string;
    }[];
    expect(notifications.find((n) => n.subject.startsWith('[Trả lại]'))?.body).toContain('Bổ sung số hiệu kế hoạch của xã');

    await recordHistoriesIfAsked(system.app.temporal.client, {
      'plan-approval-with-step-clocks': approvalWorkflowId({ kind: 'plan', id: flow.campaignId }),
      'participation-report-approval-clock': participationWorkflowId(flow.campaignId, COMMUNE),
    });
  });

  it('a request for more time reminds the district’s leaders until they answer, and the answer reaches the requester', async () => {
    const proposedDueAt = new Date(Date.now() + 2 * 3600_000).toISOString();
    const requested = await (
      await flow.as('chuyenvien.ys-thangquan')
    ).act(flow.obligationPath(COMMUNE, 'phat-dong', 'extension-request'), {
      proposedDueAt,
      reason: 'Chờ Hội đồng nhân dân xã thông qua kế hoạch',
    });
    expect(requested.status).toBe(200);
    const decision = await eventually('the decision in the district leader’s inbox with its own due date', async () =>
      (await inboxOf('lanhdao.ys')).find(
        (i) => i.campaignId === flow.campaignId && i.action === 'decide_extension' && Date.parse(i.dueAt) < Date.now() + 60_000,
      ),
    );
    expect(decision.unitCode).toBe(COMMUNE);
    await eventually(
      'a reminder to the district’s leaders',
      async () => mailTo('lanhdao.ys', /^\[(Nhắc việc|Đến hạn)\] Quyết định gia hạn – .*Thắng Quân/).length > 0,
      60_000,
    );
    expect(
      (
        await (
          await flow.as('lanhdao.ys')
        ).act(flow.obligationPath(COMMUNE, 'phat-dong', 'extension-decision'), { grant: true, comment: 'Đồng ý' })
      ).status,
    ).toBe(200);
    await eventually('the requester told', async () => mailTo('chuyenvien.ys-thangquan', /^\[Gia hạn\] /).length === 1);
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'participation-extension-decision-clock': participationWorkflowId(flow.campaignId, COMMUNE),
    });
  });

  it('a plan nobody acts on lapses: the chain ends expired, the campaign with it, and the drafter is told', async () => {
    const drafter = await system.login('chuyenvien.tinh');
    const lapsing = { ...plan, taskLimits: { plan_approval: after('3s') }, approvalLapse: '4s' };
    const expired = new CampaignFlow(system, (await drafter.post('/campaigns', { plan: lapsing }).expect(201)).body.id);
    const campaign = await expired.waitForStatus('expired', 60_000);
    expect(campaign).toMatchObject({ approval: { status: 'expired' } });
    await eventually('the drafter told', async () => mailTo('chuyenvien.tinh', /^\[Hết hạn\] /).length === 1);
    const actions = (await readTimeline(await expired.as('thanhtra.tinh'), expired.campaignId)).map((i) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['plan_submitted', 'task_opened', 'plan_expired', 'campaign_expired']));
    const late = await (await expired.as('lanhdao.snv')).act(`/campaigns/${expired.campaignId}/plan-decisions`, { action: 'approve' });
    expect(late.status).toBe(409);
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'plan-approval-expired': approvalWorkflowId({ kind: 'plan', id: expired.campaignId }),
    });
  });
});
