import { refuse, Refusal } from '../approval/refusal';
import type { Role } from '../org/roles';
import type { DelegatedAction, Delegation, DelegationParty } from './delegation.types';

/** The longest a delegation may run: past that, the body should appoint, not delegate. */
const MAX_DAYS = 366;

/** Why a delegation may not be created, or undefined when it may. */
export function refuseNewDelegation(
  from: DelegationParty,
  fromRoles: readonly Role[],
  to: DelegationParty,
  startsAt: Date,
  endsAt: Date,
  now: Date,
): Refusal | undefined {
  if (!fromRoles.includes('leader'))
    return refuse(
      'forbidden',
      'Chỉ người đứng đầu đơn vị được ủy quyền quyết định của mình.',
      'Only the head of a unit may delegate their decisions.',
    );
  if (from.officialId === to.officialId)
    return refuse('invalid', 'Không thể tự ủy quyền cho chính mình.', 'You cannot delegate to yourself.');
  if (to.unitCode !== from.unitCode)
    return refuse(
      'invalid',
      `Chỉ ủy quyền cho cán bộ cùng đơn vị (${from.unitCode}).`,
      `Delegate only to an official of the same unit (${from.unitCode}).`,
    );
  if (!(endsAt > startsAt))
    return refuse('invalid', 'Thời hạn ủy quyền phải kết thúc sau khi bắt đầu.', 'A delegation must end after it starts.');
  if (endsAt <= now) return refuse('invalid', 'Thời hạn ủy quyền đã qua.', 'The delegation period is already over.');
  if (endsAt.getTime() - startsAt.getTime() > MAX_DAYS * 86_400_000)
    return refuse('invalid', `Ủy quyền không quá ${MAX_DAYS} ngày.`, `A delegation lasts at most ${MAX_DAYS} days.`);
  return undefined;
}

/** Why this delegation does not cover the action, or undefined when the delegate may take it. */
export function refuseDelegatedAction(delegation: Delegation, delegateId: string, action: DelegatedAction): Refusal | undefined {
  if (delegation.to.officialId !== delegateId)
    return refuse('forbidden', 'Ủy quyền này không dành cho đồng chí.', 'This delegation is not given to you.');
  if (delegation.revokedAt) return refuse('forbidden', 'Ủy quyền đã bị thu hồi.', 'The delegation has been revoked.');
  const at = action.at.getTime();
  if (at < Date.parse(delegation.startsAt) || at >= Date.parse(delegation.endsAt))
    return refuse('forbidden', 'Ủy quyền không còn (hoặc chưa) hiệu lực.', 'The delegation is no longer (or not yet) in force.');
  if (!delegation.kinds.includes(action.kind))
    return refuse('forbidden', 'Ủy quyền không bao gồm loại việc này.', 'The delegation does not cover this kind of task.');
  if (delegation.campaignId && delegation.campaignId !== action.campaignId)
    return refuse('forbidden', 'Ủy quyền chỉ áp dụng cho một phong trào khác.', 'The delegation applies only to another campaign.');
  if (delegation.from.unitCode !== action.unitCode)
    return refuse(
      'forbidden',
      `Ủy quyền là của lãnh đạo ${delegation.from.unitCode}, không phải của đơn vị quyết định việc này.`,
      `The delegation is from the leader of ${delegation.from.unitCode}, not of the unit that decides this.`,
    );
  return undefined;
}
