import { heartbeat } from '@temporalio/activity';
import type { AuditActivities } from '@tdkt/contracts';
import { createCampaignVerifier, VerifierDeps } from './campaign-verifier';

/** The verification as an activity, so it runs where the deployed workflow code is: on the worker. */
export function createVerificationActivities(deps: VerifierDeps): Pick<AuditActivities, 'verifyCampaign'> {
  const verify = createCampaignVerifier(deps);
  return { verifyCampaign: ({ campaignId }) => verify(campaignId, (what) => heartbeat(what)) };
}
