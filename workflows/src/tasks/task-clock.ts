import { condition } from '@temporalio/workflow';
import { Alarm, nextAlarm, parseDuration, ReminderPolicy, TaskClock } from '@tdkt/domain';

export interface ClockedWait {
  clock: TaskClock;
  reminders: ReminderPolicy;
  /** Past this instant with nobody acting, the wait ends `expired`; absent, it never expires. */
  expiresAt?: string;
  /** Sends the alarm's notice and records it; the clock passed in already counts the alarm. */
  raise(alarm: Alarm, clock: TaskClock): Promise<void>;
}

/**
 * Keeps time for one human step until someone acts (`settled`): reminders before the due instant, a
 * notice on it, one per period overdue, one escalation — the obligations' schedule — and, for a step
 * that may lapse, a named `expired` outcome. Every wait for a person has a timer.
 */
export async function keepTaskClock(wait: ClockedWait, settled: () => boolean): Promise<'settled' | 'expired'> {
  let clock = wait.clock;
  const expiresAt = wait.expiresAt ? Date.parse(wait.expiresAt) : Infinity;
  for (;;) {
    if (settled()) return 'settled';
    const alarm = nextAlarm(
      { dueAt: new Date(clock.dueAt), lastAlarmAt: clock.lastAlarmAt ? new Date(clock.lastAlarmAt) : null, escalated: clock.escalated },
      wait.reminders,
      new Date(),
    );
    const wakeAt = Math.min(alarm.at.getTime(), expiresAt);
    const ms = wakeAt - Date.now();
    if (ms > 0 && (await condition(settled, ms))) return 'settled';
    if (Date.now() >= expiresAt) return 'expired';
    clock = { ...clock, lastAlarmAt: alarm.at.toISOString(), escalated: clock.escalated || alarm.kind === 'escalation' };
    await wait.raise(alarm, clock);
  }
}

/** A step lapses this long after its due date by default: long enough for any escalation to be answered. */
export function lapseInstant(dueAt: string, expireAfter: string): string {
  return new Date(Date.parse(dueAt) + parseDuration(expireAfter)).toISOString();
}
