import { proxyActivities, sleep } from '@temporalio/workflow';
import type { AppliedOrgChange, OrgActivities, OrgChangeInput } from '@tdkt/contracts';

/**
 * Stands in for the worker's orgChangeWorkflow in the api's tests (the api may not load workflow code): same name,
 * same input; waits for the effective day (Vietnam time), then applies the set through a test activity.
 */
const { applyOrgChange } = proxyActivities<Pick<OrgActivities, 'applyOrgChange'>>({
  startToCloseTimeout: '1 minute',
  retry: { maximumAttempts: 1 },
});

export async function orgChangeWorkflow(input: OrgChangeInput): Promise<AppliedOrgChange> {
  const wait = Date.parse(`${input.effectiveOn}T00:00:00+07:00`) - Date.now();
  if (wait > 0) await sleep(wait);
  return applyOrgChange({ changeId: input.changeId });
}
