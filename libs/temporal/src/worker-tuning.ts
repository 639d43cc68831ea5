import type { WorkerOptions } from '@temporalio/worker';
import type { WorkerTuning } from '@tdkt/config';

/** The worker options a tuning sets: every Worker of the product (apps/worker, the tests, the benches) takes these. */
export function workerTuningOptions(tuning: WorkerTuning): Partial<WorkerOptions> {
  return {
    maxConcurrentWorkflowTaskExecutions: tuning.workflowTaskSlots,
    maxConcurrentWorkflowTaskPolls: tuning.workflowTaskPollers,
    workflowThreadPoolSize: tuning.workflowThreads,
    maxConcurrentActivityTaskExecutions: tuning.activityTaskSlots,
    maxConcurrentActivityTaskPolls: tuning.activityTaskPollers,
    maxCachedWorkflows: tuning.cachedWorkflows,
  };
}
