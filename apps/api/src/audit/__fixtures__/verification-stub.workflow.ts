import { proxyActivities } from '@temporalio/workflow';
import type { AuditActivities, VerificationInput, VerificationResult } from '@tdkt/contracts';

/** Stands in for the worker's verificationWorkflow in the api's tests: same name, same input, the report from a test activity. */
const { verifyCampaign } = proxyActivities<Pick<AuditActivities, 'verifyCampaign'>>({
  startToCloseTimeout: '1 minute',
  retry: { maximumAttempts: 1 },
});

export async function verificationWorkflow(input: VerificationInput): Promise<VerificationResult> {
  return verifyCampaign(input);
}
