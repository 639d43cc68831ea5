import type { EnvReader } from './env-reader';

/**
 * How much one worker process takes on at once. The defaults are the Temporal SDK's own, except the cache, which is
 * fixed rather than sized from the heap; docs/BENCHMARKS.md ("the worker's tuning") has what was measured (one
 * workflow thread against two). A site with more cores or memory per worker measures a change there first.
 */
export interface WorkerTuning {
  /** Workflow tasks held at once; activations still run one at a time on each workflow thread. */
  workflowTaskSlots: number;
  /** Long polls for workflow tasks; a fifth go to the shared queue (new workflows), the rest to the sticky one. */
  workflowTaskPollers: number;
  /** Threads running workflow code: the launch of a large campaign is bound by them. */
  workflowThreads: number;
  activityTaskSlots: number;
  activityTaskPollers: number;
  /**
   * Workflows kept in memory between their tasks. One evicted replays its whole history on its next task, so the cache
   * trades memory for the speed of the next approval; it also bounds the worker's memory under steady work.
   */
  cachedWorkflows: number;
}

export const DEFAULT_WORKER_TUNING: WorkerTuning = {
  workflowTaskSlots: 40,
  workflowTaskPollers: 10,
  workflowThreads: 1,
  activityTaskSlots: 100,
  activityTaskPollers: 10,
  cachedWorkflows: 2000,
};

export function readWorkerTuning(read: EnvReader): WorkerTuning {
  const d = DEFAULT_WORKER_TUNING;
  const tuning: WorkerTuning = {
    workflowTaskSlots: read.integer('WORKER_WORKFLOW_TASK_SLOTS', d.workflowTaskSlots, 2, 1000),
    workflowTaskPollers: read.integer('WORKER_WORKFLOW_TASK_POLLERS', d.workflowTaskPollers, 2, 200),
    workflowThreads: read.integer('WORKER_WORKFLOW_THREADS', d.workflowThreads, 1, 32),
    activityTaskSlots: read.integer('WORKER_ACTIVITY_TASK_SLOTS', d.activityTaskSlots, 1, 1000),
    activityTaskPollers: read.integer('WORKER_ACTIVITY_TASK_POLLERS', d.activityTaskPollers, 1, 200),
    cachedWorkflows: read.integer('WORKER_CACHED_WORKFLOWS', d.cachedWorkflows, 2, 100_000),
  };
  read.check(
    tuning.cachedWorkflows >= tuning.workflowTaskSlots,
    'WORKER_CACHED_WORKFLOWS must not be below WORKER_WORKFLOW_TASK_SLOTS: a workflow task in hand keeps its workflow in the cache',
  );
  return tuning;
}
