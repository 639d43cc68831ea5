import { defineUpdate } from '@temporalio/workflow';

/** The bare workflows run on their own task queue and worker, so they never share slots with ours. */
export const BASELINE_TASK_QUEUE = 'bench-baseline';

/** An Update whose handler only returns its argument: the floor under any Update round trip. */
export const echoUpdate = defineUpdate<string, [string]>('echo');

export interface BaselineActivities {
  /** Inserts one row keyed by `id`: the bare counterpart of our opening projection. */
  recordBaselineRow(id: string): Promise<void>;
}
