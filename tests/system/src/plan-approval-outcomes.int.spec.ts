import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { approvalWorkflowId, campaignWorkflowId } from '@tdkt/contracts';
import { archiveFinished } from './audit/archive-finished';
import { readTimeline } from './audit/timeline-reader';
import { CampaignFlow } from './campaign-flow';
import { compressPlan } from './compressed-plan';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';

/**
 * The plan's approval chain off its straight path: returned for revision and resubmitted, and rejected,
 * each on record. The worker keeps no workflow in its cache, so every task replays the history so far.
 */
const launchOnly = { 'phat-dong': { opens: 0, due: { default: 3600 } } };
const plan: PlanDefinition = (() => {
  const seed = template as unknown as PlanDefinition;
  const stage = { ...seed.stages[0], phases: seed.stages[0].phases.filter((p) => p.key === 'phat-dong') };
  // An hour from opening rather than working days: each task's due date then tells when its clock started.
  const anHour = { kind: 'durationAfter' as const, anchor: 'opened', duration: '3600s' };
  return { ...compressPlan({ ...seed, stages: [stage] }, stage.key, launchOnly, seed.reminders), taskLimits: { plan_approval: anHour } };
})();
const HOUR = 3_600_000;

describe('plan approval: returned and resubmitted, or rejected, with every workflow task replayed', () => {
  let system: SystemUnderTest;
  const create = async () =>
    new CampaignFlow(system, (await (await system.login('chuyenvien.tinh')).post('/campaigns', { plan }).expect(201)).body.id);
  const decide = async (flow: CampaignFlow, username: string, body: object) => {
    const response = await (await flow.as(username)).act(`/campaigns/${flow.campaignId}/plan-decisions`, body);
    if (response.status !== 200)
      throw new Error(`${username} ${JSON.stringify(body)}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const pending = (flow: CampaignFlow) =>
    eventually(
      'approval chain waiting',
      async () => (await (await flow.as('chuyenvien.tinh')).get(`/campaigns/${flow.campaignId}`)).body.approval?.status === 'pending',
    );

  beforeAll(async () => {
    system = await SystemUnderTest.start(undefined, { maxCachedWorkflows: 0 });
  });
  afterAll(() => system?.stop());

  it('returns the plan with a comment, the drafter resubmits, and it is signed in a second round', async () => {
    const flow = await create();
    await pending(flow);
    await decide(flow, 'lanhdao.snv', { action: 'return', comment: 'Bổ sung căn cứ pháp lý' });
    await decide(flow, 'chuyenvien.tinh', { action: 'submit', comment: 'Đã bổ sung căn cứ' });
    await decide(flow, 'lanhdao.snv', { action: 'approve' });
    expect(await decide(flow, 'pho.tinh', { action: 'approve' })).toMatchObject({ capacity: 'KT', round: 2 });
    await flow.waitForStatus('running');

    const timeline = await readTimeline(await flow.as('thanhtra.tinh'), flow.campaignId);
    const steps = timeline.filter((i) => i.action.startsWith('plan_'));
    expect(steps.map((i) => [i.action, i.actor?.username, i.comment, i.values?.round])).toEqual([
      ['plan_submitted', 'chuyenvien.tinh', null, 1],
      ['plan_returned', 'lanhdao.snv', 'Bổ sung căn cứ pháp lý', 1],
      ['plan_submitted', 'chuyenvien.tinh', 'Đã bổ sung căn cứ', 2],
      ['plan_approved', 'lanhdao.snv', null, 2],
      ['plan_signed', 'pho.tinh', null, 2],
    ]);
    // Each decision records the due date of the task it decided: the resubmission the revision's, which ran from the return.
    const [returned, resubmitted] = [steps[1], steps[2]];
    expect(Date.parse(resubmitted.dueAt!) - HOUR).toBeGreaterThanOrEqual(Date.parse(returned.at));
    const opened = timeline.find((i) => i.action === 'task_opened' && i.obligationKey === 'plan:office#1');
    expect(returned.dueAt).toBe(opened?.dueAt);
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'plan-approval-returned-resubmitted': approvalWorkflowId({ kind: 'plan', id: flow.campaignId }),
    });
  });

  it('rejects a plan: the campaign ends rejected, its histories are archived, and the record verifies', async () => {
    const flow = await create();
    await pending(flow);
    await decide(flow, 'lanhdao.snv', { action: 'approve' });
    // The leader rejects from the inbox, as an official does: the signature step is opened (on record) first.
    await eventually('the signature in the leader’s inbox', async () =>
      ((await (await flow.as('lanhdao.tinh')).get('/inbox').expect(200)).body.items as { campaignId: string }[]).some(
        (i) => i.campaignId === flow.campaignId,
      ),
    );
    await decide(flow, 'lanhdao.tinh', { action: 'reject', comment: 'Không phù hợp chủ trương của tỉnh' });
    await flow.waitForStatus('rejected');
    await archiveFinished(system.app.temporal.client, flow.campaignId);

    const auditor = await flow.as('thanhtra.tinh');
    const steps = await readTimeline(auditor, flow.campaignId);
    expect(steps.filter((i) => !['chain_sealed', 'history_archived'].includes(i.action)).map((i) => [i.action, i.obligationKey])).toEqual([
      ['plan_submitted', null],
      ['task_opened', 'plan:office#1'],
      ['plan_approved', null],
      ['task_opened', 'plan:sign#1'],
      ['plan_rejected', null],
      ['campaign_rejected', null],
    ]);
    const report = (await auditor.get(`/campaigns/${flow.campaignId}/verification`).expect(200)).body;
    expect(report).toMatchObject({
      ok: true,
      chain: { ok: true },
      archive: { histories: 2, corrupted: [] },
      replay: { deterministic: true, mismatches: [] },
    });
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'plan-approval-rejected': approvalWorkflowId({ kind: 'plan', id: flow.campaignId }),
      'campaign-rejected': campaignWorkflowId(flow.campaignId),
    });
  });
});
