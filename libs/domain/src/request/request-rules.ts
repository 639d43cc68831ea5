import type { ActorRef } from '../approval/approval.types';
import { refuse, Refusal } from '../approval/refusal';
import { isSameOrDescendant } from '../org/unit-path';
import type { Participant, PlanOrgContext } from '../plan/participants';
import type { ParticipantSelector } from '../plan/plan.types';

/**
 * Why a leader may not send this request, or undefined when they may: only a unit's leaders ask, only
 * units in their own subtree — or units a plan makes their unit follow (`followed`) — are asked,
 * somebody must be asked, and the deadline must still be ahead.
 */
export function refuseReportRequest(
  actor: ActorRef,
  requesterUnitCode: string,
  selector: ParticipantSelector,
  recipients: readonly Participant[],
  org: PlanOrgContext,
  dueAt: Date,
  now: Date,
  followed: ReadonlySet<string> = new Set(),
): Refusal | undefined {
  if (actor.unitCode !== requesterUnitCode || !actor.roles.some((role) => role === 'leader' || role === 'deputy_leader'))
    return refuse(
      'forbidden',
      `Chỉ lãnh đạo ${requesterUnitCode} được yêu cầu báo cáo nhân danh đơn vị.`,
      `Only a leader of ${requesterUnitCode} may request reports in the unit's name.`,
    );
  const requester = org.units.get(requesterUnitCode);
  if (!requester) return refuse('invalid', `Không có đơn vị "${requesterUnitCode}".`, `There is no unit "${requesterUnitCode}".`);
  const outside = (selector.unitCodes ?? []).find((code) => {
    const unit = org.units.get(code);
    return !unit || code === requesterUnitCode || (!isSameOrDescendant(unit.path, requester.path) && !followed.has(code));
  });
  if (outside)
    return refuse(
      'invalid',
      `Đơn vị "${outside}" không thuộc phạm vi của ${requesterUnitCode}: chỉ yêu cầu được các đơn vị cấp dưới hoặc các đơn vị được giao theo dõi.`,
      `Unit "${outside}" is outside ${requesterUnitCode}'s scope: reports can only be requested from units below it or units it is assigned to follow.`,
    );
  if (!recipients.length)
    return refuse(
      'invalid',
      'Không có đơn vị nào phù hợp với phạm vi yêu cầu (cấp, loại hoặc danh sách đơn vị).',
      "No unit matches the request's scope (level, kind or list of units).",
    );
  if (!(dueAt > now))
    return refuse(
      'invalid',
      'Thời hạn báo cáo đã qua; chọn một thời hạn từ nay trở đi.',
      'The report deadline has passed; choose one from now on.',
    );
  return undefined;
}
