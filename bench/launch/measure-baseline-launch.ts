import { countBaselineRows } from '../baseline/baseline.activities';
import { BASELINE_TASK_QUEUE } from '../baseline/baseline.contract';
import type { BenchSystem } from '../support/bench-system';
import { inBatches } from '../support/statistics';
import { waitUntil } from '../support/wait-until';
import type { LaunchTimes } from './measure-campaign-launch';

/** The fan-out activity's START_CONCURRENCY: the baseline starts its workflows the same way. */
export const START_BATCH = 32;

/**
 * Starts `count` bare launch workflows from one client in batches of 32, as our fan-out does, and
 * measures until Temporal lists them all ("started"; one baseline run per server) and each has written its row ("written").
 */
export async function measureBaselineLaunch(system: BenchSystem, count: number, timeoutMs: number): Promise<LaunchTimes> {
  const run = `baseline-${count}-${Date.now()}-`;
  const ids = Array.from({ length: count }, (_, i) => `${run}${i}`);
  const t0 = performance.now();
  const starting = inBatches(ids, START_BATCH, (id) =>
    system.apiClient.workflow.start('baselineLaunchWorkflow', { taskQueue: BASELINE_TASK_QUEUE, workflowId: id, args: [id] }),
  );
  const [startedAt, writtenAt] = await Promise.all([
    waitUntil(
      `${count} baseline workflows`,
      async () => (await system.apiClient.workflow.count(`WorkflowType = 'baselineLaunchWorkflow'`)).count >= count,
      timeoutMs,
    ),
    waitUntil(`${count} baseline rows`, async () => (await countBaselineRows(system.dataSource, run)) >= count, timeoutMs),
    starting,
  ]);
  return { started: (startedAt - t0) / 1000, written: (writtenAt - t0) / 1000 };
}
