import type { ActorRef } from '../approval/approval.types';
import { refuse, Refusal } from '../approval/refusal';

/** The issuer's leader ends a running campaign: `closed` as it stands, or `cancelled`; every unit's part ends with it. */
export interface CampaignEnding {
  requestId: string;
  outcome: 'closed' | 'cancelled';
  reason: string;
  actor: ActorRef;
}

/** Why the ending may not be applied now, or undefined when it may. */
export function refuseEnding(campaignStatus: string, issuerUnitCode: string, ending: CampaignEnding): Refusal | undefined {
  const { actor } = ending;
  if (actor.unitCode !== issuerUnitCode || !actor.roles.some((role) => role === 'leader' || role === 'deputy_leader')) {
    return refuse('forbidden', `Chỉ lãnh đạo cơ quan ban hành (${issuerUnitCode}) được kết thúc hoặc hủy phong trào.`);
  }
  if (!ending.reason?.trim()) return refuse('invalid', 'Kết thúc hoặc hủy phong trào phải nêu rõ lý do.');
  if (campaignStatus !== 'running')
    return refuse(
      'conflict',
      `Phong trào đang ở trạng thái "${campaignStatus}": chỉ phong trào đang thực hiện mới kết thúc hoặc hủy được.`,
    );
  return undefined;
}
