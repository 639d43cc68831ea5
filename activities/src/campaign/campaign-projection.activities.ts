import type { CampaignActivities } from '@tdkt/contracts';
import { CampaignProjections, CampaignRepository, PlanNumbering } from '@tdkt/persistence';
import type { ActivityDeps } from '../activity-deps';

export type CampaignProjectionActivities = Pick<
  CampaignActivities,
  'assignPlanNumber' | 'recordCampaignStatus' | 'recordPlanAmendment' | 'projectObligation' | 'projectHumanTask'
>;

/**
 * The activities that keep the database in step with the campaign and participation workflows.
 * Each is idempotent: numbering returns the number a campaign already has, status writes are plain
 * overwrites, and projections only ever replace an older version.
 *
 * A missing campaign or unit is thrown as an ordinary (retryable) error: the read model must catch
 * up eventually, and failing the workflow over a projection would be worse than retrying it.
 */
export function createCampaignProjectionActivities({ dataSource }: Pick<ActivityDeps, 'dataSource'>): CampaignProjectionActivities {
  const numbering = new PlanNumbering(dataSource);
  const campaigns = new CampaignRepository(dataSource);
  const projections = new CampaignProjections(dataSource);

  return {
    assignPlanNumber: ({ campaignId, issuerCode, year }) => numbering.next(campaignId, issuerCode, year),

    async recordCampaignStatus({ campaignId, status, planNumber, issuedAt, decisions }) {
      const change = { planNumber, issuedAt: issuedAt === undefined ? undefined : new Date(issuedAt) };
      const found = await campaigns.recordStatus(campaignId, status, change, decisions);
      if (!found) throw new Error(`Campaign ${campaignId} does not exist`);
    },

    async recordPlanAmendment({ campaignId, amendmentNumber, amendment, decisions }) {
      const found = await campaigns.recordAmendment(campaignId, amendmentNumber, amendment, decisions);
      if (!found) throw new Error(`Campaign ${campaignId} does not exist`);
    },

    projectHumanTask: (task) => projections.applyHumanTask(task),
    async projectObligation(projection) {
      await projections.applyObligationProjectionOfUnit(projection);
    },
  };
}
