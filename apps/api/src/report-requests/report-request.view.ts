import type { CampaignEntity } from '@tdkt/persistence';
import { REQUEST_PHASE_KEY } from '@tdkt/domain';
import { toCampaignView } from '../campaigns/campaign.view';

/** A request as listed: the campaign fields, what was asked, and its deadline as written. */
export const toReportRequestView = (c: CampaignEntity) => {
  const phase = c.plan.stages[0]?.phases.find((p) => p.key === REQUEST_PHASE_KEY);
  return {
    ...toCampaignView(c),
    parentCampaignId: c.parentCampaignId,
    content: c.plan.purposes[0] ?? '',
    phaseKey: REQUEST_PHASE_KEY,
    due: phase?.dueByLevel.default ?? null,
  };
};
