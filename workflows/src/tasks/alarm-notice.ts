import type { NotificationRequest } from '@tdkt/contracts';
import type { Alarm, AlarmKind, Candidates } from '@tdkt/domain';

/** What each alarm of a wait says: its subject and body per kind. */
export type AlarmWording = Record<AlarmKind, { subject: string; body: string }>;

const NOTICE_KINDS: Record<AlarmKind, NotificationRequest['kind']> = {
  reminder: 'reminder',
  due_today: 'reminder',
  overdue: 'overdue',
  escalation: 'escalation',
};

/**
 * The notice an alarm of any wait sends — a unit's duty, a plan step, a leader's approval: reminders and
 * overdue notices to those who must act, the escalation to those above them. Keyed by the wait and the
 * alarm's instant, so a retried or replayed alarm notifies once.
 */
export function alarmNotice(
  wait: { key: string; campaignId: string; candidates: Candidates; escalateTo: Candidates },
  alarm: Alarm,
  wording: AlarmWording,
): NotificationRequest {
  return {
    dedupeKey: `${wait.key}|${alarm.kind}|${alarm.at.toISOString()}`,
    campaignId: wait.campaignId,
    recipients: alarm.kind === 'escalation' ? wait.escalateTo : wait.candidates,
    kind: NOTICE_KINDS[alarm.kind],
    ...wording[alarm.kind],
  };
}
