import { randomUUID } from 'node:crypto';
import { BASELINE_TASK_QUEUE, echoUpdate } from '../baseline/baseline.contract';
import type { BenchSystem } from '../support/bench-system';
import { cpuSpentBetween, NO_CPU_SPENT, resourceUsage } from '../support/resource-usage';
import type { RoundTripSamples } from './measure-approval-round-trip';

/**
 * The floor: `concurrency` bare workflows, each sent two echo Updates in a row (as an official sends
 * submit then approve) through the api's own Temporal client, all workflows at once. One untimed
 * echo first, so each workflow is running and cached in the worker, as ours are after the launch.
 */
export async function measureBareUpdateRound(system: BenchSystem, concurrency: number): Promise<RoundTripSamples> {
  const client = system.apiClient;
  const handles = await Promise.all(
    Array.from({ length: concurrency }, () =>
      client.workflow.start('baselineUpdateWorkflow', { taskQueue: BASELINE_TASK_QUEUE, workflowId: `bare-update-${randomUUID()}` }),
    ),
  );
  await Promise.all(handles.map((h) => h.executeUpdate(echoUpdate, { args: ['warm-up'] })));

  const samples: RoundTripSamples = {
    calls: [],
    roundTrips: [],
    notYetProjected: 0,
    workflowIds: handles.map((h) => h.workflowId),
    cpu: NO_CPU_SPENT,
  };
  const timedEcho = async (handle: (typeof handles)[number], value: string) => {
    const started = performance.now();
    await handle.executeUpdate(echoUpdate, { args: [value], updateId: randomUUID() });
    return performance.now() - started;
  };
  const before = await resourceUsage(system);
  await Promise.all(
    handles.map(async (handle) => {
      const first = await timedEcho(handle, 'submit');
      const second = await timedEcho(handle, 'approve');
      samples.calls.push(first, second);
      samples.roundTrips.push(first + second);
    }),
  );
  samples.cpu = cpuSpentBetween(before, await resourceUsage(system));
  return samples;
}
