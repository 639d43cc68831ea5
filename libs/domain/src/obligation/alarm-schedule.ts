import { parseDuration } from '../plan/duration';
import type { ReminderPolicy } from '../plan/plan.types';

export type AlarmKind = 'reminder' | 'due_today' | 'overdue' | 'escalation';

export interface Alarm {
  at: Date;
  kind: AlarmKind;
}

export interface AlarmClock {
  dueAt: Date;
  lastAlarmAt: Date | null;
  escalated: boolean;
}

/**
 * The next alarm an open obligation should raise after the last one fired: reminders before the due
 * instant, a notice on it, one every `overdueEvery` after it, and a single escalation to the parent
 * once it is `escalateAfter` overdue. After a long outage only the latest missed alarm fires,
 * rather than a burst of stale reminders.
 */
export function nextAlarm(clock: AlarmClock, policy: ReminderPolicy, now: Date): Alarm {
  const due = clock.dueAt.getTime();
  const escalationAt = due + parseDuration(policy.escalateAfter);
  if (!clock.escalated && now.getTime() >= escalationAt) return { at: now, kind: 'escalation' };

  const after = clock.lastAlarmAt?.getTime() ?? -Infinity;
  const candidates = scheduledAlarms(due, policy, Math.max(after, now.getTime()));
  const missed = candidates.filter((a) => a.at.getTime() > after && a.at.getTime() <= now.getTime());
  if (missed.length) return { ...missed[missed.length - 1], at: now };

  const upcoming = candidates.filter((a) => a.at.getTime() > Math.max(after, now.getTime()));
  const next = upcoming[0];
  if (!clock.escalated && escalationAt <= next.at.getTime()) return { at: new Date(escalationAt), kind: 'escalation' };
  return next;
}

/** Alarms in time order around `horizon`: every pre-due one, then overdue ones until just past the horizon. */
function scheduledAlarms(due: number, policy: ReminderPolicy, horizon: number): Alarm[] {
  const before = policy.before
    .map(parseDuration)
    .sort((a, b) => b - a)
    .map((offset): Alarm => ({ at: new Date(due - offset), kind: offset === 0 ? 'due_today' : 'reminder' }));
  const every = Math.max(parseDuration(policy.overdueEvery), 1000);
  const overdueCount = Math.max(1, Math.ceil((horizon - due) / every) + 1);
  const overdue = Array.from({ length: overdueCount }, (_, i): Alarm => ({ at: new Date(due + (i + 1) * every), kind: 'overdue' }));
  return [...before, ...overdue];
}
