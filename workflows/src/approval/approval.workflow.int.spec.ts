import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { approvalStateQuery, approvalWorkflowId, decideUpdate, REFUSAL_FAILURE_TYPES } from '@tdkt/contracts';
import type { ActorRef } from '@tdkt/domain';
import { startTestTemporal } from '@tdkt/testing';
import { approvalWorkflow } from './approval.workflow';

const actor = (id: string, unitCode: string, roles: ActorRef['roles']): ActorRef => ({ officialId: id, username: id, fullName: id, unitCode, roles });
const drafter = actor('cv', 'TQ-SNV', ['specialist']);
const director = actor('gd', 'TQ-SNV', ['leader']);
const viceChairman = actor('pct', 'TQ', ['deputy_leader']);

describe('approvalWorkflow on a real Temporal server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = 'approval-test';

  beforeAll(async () => {
    env = await startTestTemporal();
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: require.resolve('../index') });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  it('refuses the wrong official synchronously, applies a retried request once, and ends approved', async () => {
    const subject = { kind: 'plan', id: randomUUID(), title: 'Kế hoạch chuyển đổi số' };
    const handle = await env.client.workflow.start(approvalWorkflow, {
      taskQueue,
      workflowId: approvalWorkflowId(subject),
      args: [{ subject, drafter, submitted: true, steps: [
        { key: 'office', label: 'Lãnh đạo Sở', unitCode: 'TQ-SNV', roles: ['leader'] },
        { key: 'sign', label: 'Ký ban hành', unitCode: 'TQ', roles: ['leader', 'deputy_leader'], signs: true },
      ] }],
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

    await handle.executeUpdate(decideUpdate, { args: [{ requestId: randomUUID(), action: 'approve', actor: viceChairman, comment: 'Đồng ý ban hành' }] });
    const result = await handle.result();
    expect(result.outcome).toBe('approved');
    expect(result.decisions.map((d) => [d.stepKey, d.actor.officialId, d.capacity])).toEqual([
      ['office', 'gd', null],
      ['sign', 'pct', 'KT'],
    ]);
  });
});
