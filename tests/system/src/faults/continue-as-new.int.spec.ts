import type { WorkflowExecutionInfo } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { ParticipationState, participationStateQuery, participationWorkflowId } from '@tdkt/contracts';
import { WorkflowHistoryEntity } from '@tdkt/persistence';
import { recordHistoriesIfAsked } from '../record-histories';
import { eventually } from '../system-under-test';
import { FaultHarness } from './fault-harness';
import { busyDistrictPlan, DISTRICT, PROGRESS_PERIODS } from './fault-plans';
import { Officials } from './officials';
import { RunningCampaign } from './running-campaign';

const { EventType } = temporal.api.enums.v1;
/** Low enough that a few progress periods cross it; the server's default is thousands of events. */
const SUGGEST_CONTINUE_AS_NEW_AT = 60;

/**
 * A participation lives as long as its campaign (years), so its history must be cut by continue-as-new.
 * With the threshold lowered, one district's progress reports push its workflow over it several times;
 * it must carry its obligations across and still finish with every one of them approved.
 */
describe('faults: a participation workflow continues as new and still completes', () => {
  const harness = new FaultHarness({ dynamicConfig: { 'limit.historyCount.suggestContinueAsNew': SUGGEST_CONTINUE_AS_NEW_AT } });
  const officials = new Officials(harness);

  beforeAll(() => harness.start(), 180_000);
  afterAll(() => harness.stop(), 60_000);

  it('continues as new under a busy progress schedule, then completes with all obligations approved', async () => {
    const campaign = await RunningCampaign.launch(officials, busyDistrictPlan());
    const workflowId = participationWorkflowId(campaign.id, DISTRICT);
    const handle = harness.client.workflow.getHandle(workflowId);
    const firstRunId = (await eventually('the district participation started', () => handle.describe())).runId;

    await eventually('a new run of the participation', async () => (await handle.describe()).runId !== firstRunId, 90_000);
    const firstRun = await harness.client.workflow.getHandle(workflowId, firstRunId).fetchHistory();
    expect(firstRun.events?.at(-1)?.eventType).toBe(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);

    // The workflow, not the read model, says when every period has opened: it is the source of truth.
    const keys = await eventually(
      'every progress period open',
      async () => {
        const { obligations } = await handle.query(participationStateQuery);
        return obligations.every((o) => o.status !== 'pending') && obligations.map((o) => o.spec.key);
      },
      90_000,
    );
    expect(keys).toHaveLength(4 + PROGRESS_PERIODS);
    for (const key of keys) await campaign.complete(DISTRICT, key);

    const result: ParticipationState = await handle.result();
    expect(result.obligations.map((o) => [o.spec.key, o.status, o.history.map((e) => e.action)])).toEqual(
      keys.map((key) => [key, 'approved', ['submit', 'approve']]),
    );

    const runs = await eventually('every run listed', async () => {
      const listed: WorkflowExecutionInfo[] = [];
      for await (const run of harness.client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) listed.push(run);
      return listed.some((r) => r.status.name === 'COMPLETED') && listed;
    });
    const statuses = runs.map((r) => r.status.name);
    expect(statuses.filter((s) => s === 'CONTINUED_AS_NEW').length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s !== 'CONTINUED_AS_NEW')).toEqual(['COMPLETED']);

    // Each run that continued as new was archived by the run after it, before Temporal's retention could drop it.
    const continued = runs
      .filter((r) => r.status.name === 'CONTINUED_AS_NEW')
      .map((r) => r.runId)
      .sort();
    const archived = await eventually('every continued run archived', async () => {
      const stored = await harness.dataSource.getRepository(WorkflowHistoryEntity).findBy({ workflowId });
      return stored.length >= continued.length && stored;
    });
    expect(archived.map((h) => [h.runId, h.closeStatus]).sort()).toEqual(continued.map((runId) => [runId, 'CONTINUED_AS_NEW']));
    await recordHistoriesIfAsked(harness.client, {
      'participation-first-run-continued-as-new': { workflowId, runId: firstRunId },
      'participation-last-run-after-continue-as-new': { workflowId, runId: runs.find((r) => r.status.name === 'COMPLETED')!.runId },
    });

    const rows = (await campaign.progress()).filter((r) => r.unitCode === DISTRICT);
    expect(rows.map((r) => [r.obligationKey, r.status]).sort()).toEqual(keys.map((k) => [k, 'approved']).sort());
    // Each obligation announced once to the district, whichever run opened it.
    const tasks = harness.smtp.messages.filter(
      (m) => JSON.stringify(m.to).includes('chuyenvien.ys@') && m.subject?.startsWith('[Việc mới]'),
    );
    expect(tasks.map((m) => m.subject).sort()).toEqual(result.obligations.map((o) => `[Việc mới] ${o.spec.title}`).sort());
  }, 240_000);
});
