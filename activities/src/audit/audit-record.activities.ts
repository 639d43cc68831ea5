import type { AuditActivities } from '@tdkt/contracts';
import { CampaignRepository, DecisionLog } from '@tdkt/persistence';
import type { ActivityDeps } from '../activity-deps';

export type AuditRecordActivities = Pick<AuditActivities, 'recordDecisions' | 'projectApproval' | 'sealDecisionChain'>;

/** Appends to the decision log; every call is idempotent (entries are keyed by workflow and event key). */
export function createAuditRecordActivities({ dataSource }: Pick<ActivityDeps, 'dataSource'>): AuditRecordActivities {
  const log = new DecisionLog(dataSource);
  const campaigns = new CampaignRepository(dataSource);
  return {
    async recordDecisions(batch) {
      await log.append(batch);
    },
    projectApproval: ({ approval, decisions, version }) => campaigns.projectApproval(decisions.campaignId, approval, decisions, version),
    sealDecisionChain: ({ campaignId, label, source, at }) => log.seal(campaignId, label, source, at),
  };
}
