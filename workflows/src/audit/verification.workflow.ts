import { proxyActivities } from '@temporalio/workflow';
import type { AuditActivities, VerificationInput, VerificationResult } from '@tdkt/contracts';

/** Replaying a large campaign takes minutes: the activity heartbeats after each history. */
const { verifyCampaign } = proxyActivities<Pick<AuditActivities, 'verifyCampaign'>>({
  startToCloseTimeout: '1 hour',
  heartbeatTimeout: '2 minutes',
  retry: { maximumAttempts: 3 },
});

/**
 * Runs an auditor's verification where the deployed workflow code lives (the worker), so the replay
 * checks the histories against exactly the code that runs the campaigns.
 */
export async function verificationWorkflow(input: VerificationInput): Promise<VerificationResult> {
  return verifyCampaign(input);
}
