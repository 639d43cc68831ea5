import { vietnamDayNumber } from './vietnam-time';

/** How a deadline stands against now, in Vietnamese calendar days; the page turns it into words. */
export type RelativeDue =
  | { kind: 'toBeAnnounced' }
  | { kind: 'overdue'; days: number }
  | { kind: 'overdueToday' }
  | { kind: 'today' }
  | { kind: 'daysLeft'; days: number };

export function relativeDue(dueAt: string | null, now: Date): RelativeDue {
  if (dueAt === null) return { kind: 'toBeAnnounced' };
  const due = new Date(dueAt);
  const days = vietnamDayNumber(due) - vietnamDayNumber(now);
  if (due.getTime() < now.getTime()) return days < 0 ? { kind: 'overdue', days: -days } : { kind: 'overdueToday' };
  return days === 0 ? { kind: 'today' } : { kind: 'daysLeft', days };
}
