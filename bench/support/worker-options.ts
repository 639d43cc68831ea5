import type { WorkerOptions } from '@temporalio/worker';

/** Only plain numbers and poller behaviours: the knobs a tuning is measured on, nothing that changes what runs. */
type TuningOptions = Pick<
  WorkerOptions,
  | 'maxConcurrentWorkflowTaskExecutions'
  | 'maxConcurrentWorkflowTaskPolls'
  | 'maxConcurrentActivityTaskExecutions'
  | 'maxConcurrentActivityTaskPolls'
  | 'nonStickyToStickyPollRatio'
  | 'maxCachedWorkflows'
  | 'workflowThreadPoolSize'
  | 'workflowTaskPollerBehavior'
  | 'activityTaskPollerBehavior'
>;

/**
 * BENCH_WORKER_OPTIONS, a JSON object of worker options laid over the product's tuning on both of the bench's
 * workers (ours and the bare baseline's), so a tuning is measured before it is chosen. Empty when unset.
 */
export function benchWorkerOptions(env: Record<string, string | undefined> = process.env): TuningOptions {
  const json = env.BENCH_WORKER_OPTIONS;
  if (!json) return {};
  const options: unknown = JSON.parse(json);
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new Error(`BENCH_WORKER_OPTIONS must be a JSON object of worker options, got ${json}`);
  return options as TuningOptions;
}
