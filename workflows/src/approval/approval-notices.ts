import type { ApprovalInput, NotificationRequest } from '@tdkt/contracts';
import type { Alarm, ApprovalStep, Candidates, DecisionRecord } from '@tdkt/domain';
import { alarmNotice } from '../tasks/alarm-notice';
import { formatVietnamTime } from '../tasks/vietnam-time';

const about = (input: ApprovalInput) => `"${input.subject.title}"`;

/** The mail a step's candidates get when it opens. */
export function stepOpenedNotice(input: ApprovalInput, step: ApprovalStep, taskKey: string, dueAt: string): NotificationRequest {
  return {
    dedupeKey: `${input.record.campaignId}|${taskKey}|opened`,
    campaignId: input.record.campaignId,
    recipients: { unitCode: step.unitCode, roles: step.roles },
    kind: 'task',
    subject: `[Việc mới] ${step.label}: ${input.subject.title}`,
    body: `Kế hoạch ${about(input)} chờ đồng chí ${step.label.toLowerCase()}, hạn ${formatVietnamTime(dueAt)}.`,
  };
}

/** Reminders and notices to the candidates; the escalation to whoever is above them. */
export function stepAlarmNotice(
  input: ApprovalInput,
  step: ApprovalStep,
  taskKey: string,
  dueAt: string,
  alarm: Alarm,
  escalateTo: Candidates,
): NotificationRequest {
  const due = formatVietnamTime(dueAt);
  const wait = {
    key: `${input.record.campaignId}|${taskKey}`,
    campaignId: input.record.campaignId,
    candidates: { unitCode: step.unitCode, roles: step.roles },
    escalateTo,
  };
  return alarmNotice(wait, alarm, {
    escalation: {
      subject: `[Quá hạn] ${step.label}: ${input.subject.title}`,
      body: `Kế hoạch ${about(input)} chờ ${step.label.toLowerCase()} đã quá hạn (${due}). Đề nghị đồng chí chỉ đạo xử lý.`,
    },
    overdue: {
      subject: `[Quá hạn] ${step.label}: ${input.subject.title}`,
      body: `Kế hoạch ${about(input)} chờ đồng chí xử lý đã quá hạn ${due}.`,
    },
    due_today: {
      subject: `[Đến hạn] ${step.label}: ${input.subject.title}`,
      body: `Hôm nay đến hạn ${step.label.toLowerCase()} kế hoạch ${about(input)} (hạn ${due}).`,
    },
    reminder: {
      subject: `[Nhắc việc] ${step.label}: ${input.subject.title}`,
      body: `Kế hoạch ${about(input)} chờ đồng chí xử lý trước ${due}.`,
    },
  });
}

const OUTCOMES: Record<DecisionRecord['action'], string> = {
  approve: 'đã được duyệt',
  return: 'bị trả lại để chỉnh sửa',
  reject: 'không được duyệt',
  submit: 'đã được trình lại',
};

/** Tells the drafter what became of the plan, with the decider's comment. */
export function decisionNotice(input: ApprovalInput, decision: DecisionRecord, step: ApprovalStep | undefined): NotificationRequest {
  const outcome = decision.action === 'approve' && step?.signs ? 'đã được ký ban hành' : OUTCOMES[decision.action];
  const by = `${decision.actor.fullName}${step ? ` (${step.label})` : ''}`;
  return {
    dedupeKey: `${input.record.campaignId}|plan-decision|${decision.requestId}`,
    campaignId: input.record.campaignId,
    recipients: { officialIds: [input.drafter.officialId] },
    kind: 'decision',
    subject: `[Kết quả] Kế hoạch ${outcome}: ${input.subject.title}`,
    body: `Kế hoạch ${about(input)} ${outcome} bởi ${by}.${decision.comment ? `\nÝ kiến: ${decision.comment}` : ''}`,
  };
}

export function expiredNotice(input: ApprovalInput, step: ApprovalStep, taskKey: string): NotificationRequest {
  return {
    dedupeKey: `${input.record.campaignId}|${taskKey}|expired`,
    campaignId: input.record.campaignId,
    recipients: { officialIds: [input.drafter.officialId] },
    kind: 'expired',
    subject: `[Hết hạn] Kế hoạch không được xử lý: ${input.subject.title}`,
    body: `Kế hoạch ${about(input)} chờ ${step.label.toLowerCase()} quá lâu mà không ai xử lý nên đã hết hạn. Đồng chí có thể soạn và trình lại.`,
  };
}
