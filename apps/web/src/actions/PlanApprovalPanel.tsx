import type { CampaignDetail } from '../api/queries';

/** The plan's approval chain on its campaign page, and the step the signed-in official may take on it. */
export function PlanApprovalPanel(_props: { campaign: CampaignDetail }) {
  return null;
}
