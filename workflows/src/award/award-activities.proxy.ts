import { proxyActivities } from '@temporalio/workflow';
import type { AwardActivities } from '@tdkt/contracts';

/** One short transaction each, retried until they succeed (they are idempotent), like the other projections. */
export const awardActivities = proxyActivities<AwardActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
