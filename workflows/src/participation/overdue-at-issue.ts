import type { NotificationRequest, ParticipationInput } from '@tdkt/contracts';
import { SUBMITTING_ROLES } from '@tdkt/domain';
import { formatVietnamTime } from '../tasks/vietnam-time';

/**
 * Duties already past their due date when the unit's part begins (a plan entered after it was issued on
 * paper): the unit is not late through its own fault, so it gets one notice listing them all instead of
 * a new-task notice, an overdue notice and an escalation for each.
 */
export function overdueAtIssue(input: ParticipationInput, now: Date): NotificationRequest | null {
  const late = input.obligations.filter((o) => pastDueOnOpening(o.dueAt, now));
  if (!late.length) return null;
  return {
    dedupeKey: `${input.campaignId}|${input.unitCode}|overdue-at-issue`,
    campaignId: input.campaignId,
    recipients: { unitCode: input.unitCode, roles: SUBMITTING_ROLES },
    kind: 'overdue',
    subject: `[Đã quá hạn khi giao] ${late.length} nhiệm vụ – ${input.campaignTitle}`,
    body:
      `${input.campaignTitle} (${input.planNumber}) được giao cho đơn vị khi các nhiệm vụ sau đã quá hạn; đề nghị hoàn thành sớm:\n` +
      late.map((o) => `- ${o.title} (hạn ${formatVietnamTime(o.dueAt!)})`).join('\n'),
  };
}

/** Whether a duty opening now is already past due: it opens quietly, its lateness told once by the summary. */
export const pastDueOnOpening = (dueAt: string | null, now: Date): boolean => dueAt !== null && Date.parse(dueAt) < now.getTime();
