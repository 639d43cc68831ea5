import { proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import { BaselineActivities, echoUpdate } from './baseline.contract';

// The same options as the product's short activities, so retries and timeouts cost the same.
const { recordBaselineRow } = proxyActivities<BaselineActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * The bare launch: one activity that writes one row, then a long sleep, as a participation waits on
 * its deadline. Nothing else: no fan-out, no notice, no second table.
 */
export async function baselineLaunchWorkflow(id: string): Promise<void> {
  await recordBaselineRow(id);
  await sleep('1 hour');
}

/** The bare Update target: an echo handler and a long sleep to stay open. */
export async function baselineUpdateWorkflow(): Promise<void> {
  setHandler(echoUpdate, (value) => value);
  await sleep('1 hour');
}
