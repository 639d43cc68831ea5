import { randomUUID } from 'node:crypto';
import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import {
  answerOf,
  campaignWorkflowId,
  PARTICIPATION_WORKFLOW_TYPE,
  participationWorkflowId,
  submitObligationUpdate,
  decideObligationUpdate,
} from '@tdkt/contracts';
import { DecisionLog, verifyDecisionChain } from '@tdkt/persistence';
import type { ActorRef } from '@tdkt/domain';
import { readTimeline } from './audit/timeline-reader';
import { CampaignFlow, ProgressRow } from './campaign-flow';
import { compressPlan } from './compressed-plan';
import { eventually, SystemUnderTest } from './system-under-test';
import { actorsOf } from './tuyen-quang-fixture';

/**
 * An official's action answers from the Update's own workflow task and hands back the projection it has yet to write:
 * the api writes it before replying, so what the official sees next already shows the action. The workflow writes the
 * same projection behind the answer, so a caller that does not write it (another client of Temporal) still gets there.
 */
const plan: PlanDefinition = (() => {
  const seed = template as unknown as PlanDefinition;
  const stage = { ...seed.stages[0], phases: seed.stages[0].phases.filter((p) => p.key === 'phat-dong') };
  return compressPlan({ ...seed, stages: [stage] }, stage.key, { 'phat-dong': { opens: 0, due: { default: 3600 } } }, seed.reminders);
})();
const KEY = 'phat-dong';
const BY_API = 'TQ-YS-THANGQUAN';
const BY_TEMPORAL = 'TQ-YS-LANGQUAN';

describe('an action answers before its projection is written', () => {
  let system: SystemUnderTest;
  let flow: CampaignFlow;
  const rowOf = async (unitCode: string): Promise<ProgressRow | undefined> =>
    (await flow.progress()).find((r) => r.unitCode === unitCode && r.obligationKey === KEY);
  const inboxRowOf = async (username: string, unitCode: string) =>
    ((await (await flow.as(username)).get('/inbox').expect(200)).body.items as Record<string, string>[]).find(
      (i) => i.campaignId === flow.campaignId && i.unitCode === unitCode && i.obligationKey === KEY,
    );
  const logged = async (unitCode: string) =>
    (await readTimeline(await flow.as('thanhtra.tinh'), flow.campaignId))
      .filter((i) => i.unitCode === unitCode && i.obligationKey === KEY)
      .map((i) => i.action);
  /** Waits for the approval in the unit's log, then checks the submission and the approval are there once each. */
  const expectEachStepLoggedOnce = async (unitCode: string) => {
    const steps = await eventually('both steps logged', async () => {
      const actions = await logged(unitCode);
      return actions.includes('report_approved') && actions;
    });
    expect(steps.filter((a) => a === 'report_submitted')).toHaveLength(1);
    expect(steps.filter((a) => a === 'report_approved')).toHaveLength(1);
  };
  const actorOf = async (username: string): Promise<ActorRef> => {
    const me = (await (await flow.as(username)).get('/me').expect(200)).body;
    return {
      officialId: me.id,
      username: me.username,
      fullName: me.fullName,
      unitCode: me.unit.code,
      roles: me.roles.map((r: { code: string }) => r.code),
      ...(me.title ? { title: me.title } : {}),
    };
  };

  beforeAll(async () => {
    system = await SystemUnderTest.start();
    flow = new CampaignFlow(system, (await (await system.login('chuyenvien.tinh')).post('/campaigns', { plan }).expect(201)).body.id);
    await eventually(
      'approval chain waiting',
      async () => (await (await flow.as('chuyenvien.tinh')).get(`/campaigns/${flow.campaignId}`)).body.approval?.status === 'pending',
    );
    for (const username of ['lanhdao.snv', 'pho.tinh'])
      expect((await (await flow.as(username)).act(`/campaigns/${flow.campaignId}/plan-decisions`, { action: 'approve' })).status).toBe(200);
    await flow.waitForStatus('running');
    await eventually('both communes’ launch open', async () =>
      (await Promise.all([rowOf(BY_API), rowOf(BY_TEMPORAL)])).every((r) => r?.status === 'open'),
    );
  }, 120_000);
  afterAll(() => system?.stop());

  it('shows a submission and an approval in the inbox and the progress as soon as the api answers, and logs both', async () => {
    const { submitter, approver } = actorsOf(BY_API);
    const submitted = await flow.submit(BY_API, KEY, { localPlanReference: 'KH-01/UBND' });
    expect(submitted.status).toBe(200);
    // Read once, no waiting: the api wrote the answer's projection before it replied.
    expect(await rowOf(BY_API)).toMatchObject({ status: 'submitted' });
    expect(await inboxRowOf(approver, BY_API)).toMatchObject({ action: 'approve', assigneeUnitCode: BY_API });

    const approved = await flow.decide(BY_API, KEY, 'approve');
    expect(approved.status).toBe(200);
    expect(await rowOf(BY_API)).toMatchObject({ status: 'approved' });
    expect(await inboxRowOf(approver, BY_API)).toBeUndefined();
    expect(await inboxRowOf(submitter, BY_API)).toBeUndefined();
    // The log is the workflow's durable path, written behind the answer.
    await expectEachStepLoggedOnce(BY_API);
    // Its steps carry the request ids the answers did: what a page waits for after an action.
    const history = await (await flow.as(submitter)).get(`/campaigns/${flow.campaignId}/units/${BY_API}/obligations/${KEY}/history`);
    expect(history.body.items.map((step: Record<string, string>) => [step.action, step.requestId])).toEqual([
      ['report_submitted', submitted.body.requestId],
      ['report_approved', approved.body.requestId],
    ]);
  });

  it('writes the read models and the log by itself when nobody writes the answer’s projection, each step once, the chain whole', async () => {
    const { submitter, approver } = actorsOf(BY_TEMPORAL);
    const handle = system.app.temporal.client.workflow.getHandle(participationWorkflowId(flow.campaignId, BY_TEMPORAL));
    const submitted = answerOf(
      await handle.executeUpdate(submitObligationUpdate, {
        args: [
          {
            requestId: randomUUID(),
            actor: await actorOf(submitter),
            obligationKey: KEY,
            content: { summary: 'Kế hoạch phát động của xã', localPlanReference: 'KH-02/UBND' },
          },
        ],
      }),
    );
    // The workflow answered before writing: the answer carries what it still has to write.
    expect(submitted.projection).toMatchObject({ unitCode: BY_TEMPORAL, obligation: { status: 'submitted' } });
    await eventually('the submission projected by the workflow', async () => (await rowOf(BY_TEMPORAL))?.status === 'submitted');

    const approved = answerOf(
      await handle.executeUpdate(decideObligationUpdate, {
        args: [{ requestId: randomUUID(), actor: await actorOf(approver), obligationKey: KEY, action: 'approve' }],
      }),
    );
    expect(approved.projection).toMatchObject({ obligation: { status: 'approved' } });
    await eventually('the approval projected by the workflow', async () => (await rowOf(BY_TEMPORAL))?.status === 'approved');
    expect(await inboxRowOf(approver, BY_TEMPORAL)).toBeUndefined();

    await expectEachStepLoggedOnce(BY_TEMPORAL);
    const { rows, head } = await new DecisionLog(system.app.dataSource).chainSnapshot(flow.campaignId);
    const keys = rows.map((r) => `${r.workflowId}|${r.eventKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(verifyDecisionChain(flow.campaignId, rows, head)).toMatchObject({ ok: true, firstBadRow: null });
  });

  it('starts units as the second participation type, whose runs record no patch marker and no search-attribute upsert', async () => {
    const client = system.app.temporal.client;
    for (const unitCode of [plan.issuer.unitCode, BY_API, BY_TEMPORAL]) {
      const handle = client.workflow.getHandle(participationWorkflowId(flow.campaignId, unitCode));
      expect((await handle.describe()).type).toBe(PARTICIPATION_WORKFLOW_TYPE);
      // The issuer ran its fan-out, each commune its opening, a submission and an approval: all behind changes it was born with.
      const events = (await handle.fetchHistory()).events ?? [];
      expect(events.filter((e) => e.markerRecordedEventAttributes || e.upsertWorkflowSearchAttributesEventAttributes)).toEqual([]);
    }
    // The campaign records the one change that chose the type.
    const campaignEvents = (await client.workflow.getHandle(campaignWorkflowId(flow.campaignId)).fetchHistory()).events ?? [];
    const patchIds = campaignEvents.flatMap((e) =>
      (e.markerRecordedEventAttributes?.details?.['patch-data']?.payloads ?? []).map((p) => JSON.parse(Buffer.from(p.data!).toString()).id),
    );
    expect(patchIds).toEqual(['participation-v2']);
  });
});
