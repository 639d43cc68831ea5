import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
// The worker's real audit activities on a real database: the chain's decisions must reach the decision log.
// A test may reach past the workflows' own dependencies; the workflow code itself may not.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createAuditRecordActivities, workerSinks } from '@tdkt/activities';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DecisionLog, openDatabase } from '@tdkt/persistence';
import { approvalStateQuery, approvalWorkflowId, decideUpdate, REFUSAL_FAILURE_TYPES } from '@tdkt/contracts';
import type { ActorRef } from '@tdkt/domain';
import { createTestDatabase, startTestTemporal, TestDatabase } from '@tdkt/testing';
import { approvalWorkflow } from './approval.workflow';

const actor = (id: string, unitCode: string, roles: ActorRef['roles']): ActorRef => ({
  officialId: id,
  username: id,
  fullName: id,
  unitCode,
  roles,
});
const drafter = actor('cv', 'TQ-SNV', ['specialist']);
const director = actor('gd', 'TQ-SNV', ['leader']);
const viceChairman = actor('pct', 'TQ', ['deputy_leader']);

describe('approvalWorkflow on a real Temporal server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  let database: TestDatabase;
  let dataSource: DataSource;
  const taskQueue = 'approval-test';

  beforeAll(async () => {
    [env, database] = await Promise.all([startTestTemporal(), createTestDatabase()]);
    dataSource = await openDatabase(database.config, { migrate: true });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: require.resolve('../index'),
      activities: createAuditRecordActivities({ dataSource }),
      sinks: workerSinks(),
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await dataSource?.destroy();
    await Promise.all([env?.teardown(), database?.drop()]);
  });

  it('refuses the wrong official synchronously, applies a retried request once, and ends approved', async () => {
    const subject = { kind: 'plan', id: randomUUID(), title: 'Kế hoạch chuyển đổi số' };
    const handle = await env.client.workflow.start(approvalWorkflow, {
      taskQueue,
      workflowId: approvalWorkflowId(subject),
      args: [
        {
          subject,
          drafter,
          submitted: true,
          record: { campaignId: subject.id, unitCode: 'TQ' },
          steps: [
            { key: 'office', label: 'Lãnh đạo Sở', unitCode: 'TQ-SNV', roles: ['leader'] },
            { key: 'sign', label: 'Ký ban hành', unitCode: 'TQ', roles: ['leader', 'deputy_leader'], signs: true },
          ],
        },
      ],
    });

    const wrong = handle.executeUpdate(decideUpdate, { args: [{ requestId: randomUUID(), action: 'approve', actor: viceChairman }] });
    await expect(wrong).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(wrong).rejects.toMatchObject({ cause: { type: REFUSAL_FAILURE_TYPES.forbidden } });
    expect((await handle.query(approvalStateQuery)).decisions).toHaveLength(0);

    const requestId = randomUUID();
    const first = await handle.executeUpdate(decideUpdate, { args: [{ requestId, action: 'approve', actor: director }] });
    const retried = await handle.executeUpdate(decideUpdate, { args: [{ requestId, action: 'approve', actor: director }] });
    expect(retried).toEqual(first);
    expect((await handle.query(approvalStateQuery)).decisions).toHaveLength(1);

    await handle.executeUpdate(decideUpdate, {
      args: [{ requestId: randomUUID(), action: 'approve', actor: viceChairman, comment: 'Đồng ý ban hành' }],
    });
    const result = await handle.result();
    expect(result.outcome).toBe('approved');
    expect(result.decisions.map((d) => [d.stepKey, d.actor.officialId, d.capacity])).toEqual([
      ['office', 'gd', null],
      ['sign', 'pct', 'KT'],
    ]);
    const logged = await new DecisionLog(dataSource).rows(subject.id);
    expect(logged.map((row) => [row.seq, row.action, row.actorUsername, row.actorRole, row.capacity, row.comment])).toEqual([
      [1, 'plan_submitted', 'cv', 'specialist', null, null],
      [2, 'plan_approved', 'gd', 'leader', null, null],
      [3, 'plan_signed', 'pct', 'deputy_leader', 'KT', 'Đồng ý ban hành'],
    ]);
  });
});
