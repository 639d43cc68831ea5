import type { ActorRef } from '../approval/approval.types';
import { refuse, Refusal } from '../approval/refusal';
import { refuseNonLeader } from './campaign-change';

/** The issuer's leader ends a running campaign: `closed` as it stands, or `cancelled`; every unit's part ends with it. */
export interface CampaignEnding {
  requestId: string;
  outcome: 'closed' | 'cancelled';
  reason: string;
  actor: ActorRef;
}

/** Why the ending may not be applied now, or undefined when it may. */
export function refuseEnding(campaignStatus: string, issuerUnitCode: string, ending: CampaignEnding): Refusal | undefined {
  const notLeader = refuseNonLeader(ending.actor, issuerUnitCode, 'kết thúc hoặc hủy phong trào');
  if (notLeader) return notLeader;
  if (!ending.reason?.trim())
    return refuse('invalid', 'Kết thúc hoặc hủy phong trào phải nêu rõ lý do.', 'Closing or cancelling a campaign must give the reason.');
  // A suspended campaign may still be ended: suspension is often the step before a cancellation.
  if (campaignStatus !== 'running' && campaignStatus !== 'suspended')
    return refuse(
      'conflict',
      `Phong trào đang ở trạng thái "${campaignStatus}": chỉ phong trào đang thực hiện mới kết thúc hoặc hủy được.`,
      `The campaign is "${campaignStatus}": only a running campaign can be closed or cancelled.`,
    );
  return undefined;
}
