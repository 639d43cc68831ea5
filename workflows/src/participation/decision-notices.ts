import type { NotificationRequest, ParticipationInput } from '@tdkt/contracts';
import type { Alarm, Candidates, ObligationEvent, ObligationState } from '@tdkt/domain';
import { APPROVING_ROLES } from '@tdkt/domain';
import { alarmNotice } from '../tasks/alarm-notice';
import { formatDeadline, formatVietnamTime } from '../tasks/vietnam-time';

const what = (input: ParticipationInput, o: ObligationState) => `"${o.spec.title}" – ${input.campaignTitle} (${input.planNumber})`;

/** Reminders to the unit's leaders while a report waits on them; the escalation to the leaders above. */
export function reportApprovalAlarmNotice(
  input: ParticipationInput,
  o: ObligationState,
  taskKey: string,
  alarm: Alarm,
  escalateTo: Candidates,
): NotificationRequest {
  const due = formatVietnamTime(o.approvalClock!.dueAt);
  const wait = {
    key: `${input.campaignId}|${input.unitCode}|${taskKey}`,
    campaignId: input.campaignId,
    candidates: { unitCode: input.unitCode, roles: APPROVING_ROLES },
    escalateTo,
  };
  return alarmNotice(wait, alarm, {
    escalation: {
      subject: `[Quá hạn duyệt] ${input.unitName}: ${o.spec.title}`,
      body: `Lãnh đạo ${input.unitName} chưa duyệt ${what(input, o)}, hạn duyệt ${due}. Đề nghị đồng chí đôn đốc.`,
    },
    overdue: { subject: `[Quá hạn duyệt] ${o.spec.title}`, body: `Báo cáo ${what(input, o)} chờ đồng chí duyệt đã quá hạn ${due}.` },
    due_today: { subject: `[Đến hạn duyệt] ${o.spec.title}`, body: `Hôm nay đến hạn duyệt ${what(input, o)} (hạn ${due}).` },
    reminder: { subject: `[Nhắc duyệt] ${o.spec.title}`, body: `Báo cáo ${what(input, o)} chờ đồng chí duyệt trước ${due}.` },
  });
}

/**
 * Who hears of an official's action on an obligation, and what: the author of a report learns it was
 * returned (with the comment) or approved; the requester of an extension learns the answer; the parent's
 * leaders learn a request waits for them. Null when nobody needs telling.
 */
export function decisionNotice(input: ParticipationInput, o: ObligationState, event: ObligationEvent): NotificationRequest | null {
  const base = {
    dedupeKey: `${input.campaignId}|${input.unitCode}|decision|${event.requestId}`,
    campaignId: input.campaignId,
    kind: 'decision' as const,
  };
  const by = event.actor.fullName;
  const comment = event.comment ? `\nÝ kiến: ${event.comment}` : '';
  const author = o.history.filter((e) => e.action === 'submit').at(-1)?.actor;
  const requester = o.extensions.at(-1)?.requestedBy;
  switch (event.action) {
    case 'return':
      return author
        ? {
            ...base,
            recipients: { officialIds: [author.officialId] },
            subject: `[Trả lại] ${o.spec.title}`,
            body: `${what(input, o)} bị ${by} trả lại để bổ sung, chỉnh sửa.${comment}`,
          }
        : null;
    case 'approve':
      return author
        ? {
            ...base,
            recipients: { officialIds: [author.officialId] },
            subject: `[Đã duyệt] ${o.spec.title}`,
            body: `${what(input, o)} đã được ${by} duyệt.${comment}`,
          }
        : null;
    case 'grant_extension':
    case 'refuse_extension': {
      const answer = event.action === 'grant_extension' ? `được gia hạn đến ${formatDeadline(o.dueAt)}` : 'không được gia hạn';
      return requester
        ? {
            ...base,
            kind: 'extension',
            recipients: { officialIds: [requester.officialId] },
            subject: `[Gia hạn] ${o.spec.title}`,
            body: `${what(input, o)} ${answer} (${by}).${comment}`,
          }
        : null;
    }
    case 'request_extension':
      return {
        ...base,
        kind: 'extension',
        recipients: { unitCode: input.reportsTo, roles: APPROVING_ROLES },
        subject: `[Đề nghị gia hạn] ${input.unitName}: ${o.spec.title}`,
        body: `${input.unitName} đề nghị gia hạn ${what(input, o)}.${comment}`,
      };
    default:
      return null;
  }
}
