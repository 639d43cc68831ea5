import { proxyActivities } from '@temporalio/workflow';
import type { CampaignActivities } from '@tdkt/contracts';

/**
 * Short side effects: projections, numbering. Each is one transaction, so a short timeout: when a worker
 * dies mid-call, another retries within seconds instead of leaving an official's click hanging.
 * Retried until they succeed (they are idempotent).
 */
export const campaignActivities = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Fan-out starts many workflows and heartbeats its progress, so a retry resumes where it stopped. */
export const fanOutActivities = proxyActivities<Pick<CampaignActivities, 'startParticipants' | 'endParticipants' | 'passChangeDown'>>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * Both heartbeat before each recipient, and one send is bounded by the mailer's SMTP timeouts (5 + 5 + 15 s),
 * so a silent attempt for longer than the heartbeat timeout is lost and is retried then.
 */
export const notificationActivities = proxyActivities<Pick<CampaignActivities, 'notify' | 'projectObligationWithNotice'>>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});
