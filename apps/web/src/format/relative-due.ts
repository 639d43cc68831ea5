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

/** Overdue first, then the nearest deadline; deadlines still to be announced last. */
export function byUrgency(a: { dueAt: string | null }, b: { dueAt: string | null }): number {
  if (a.dueAt === null || b.dueAt === null) return Number(a.dueAt === null) - Number(b.dueAt === null);
  return Date.parse(a.dueAt) - Date.parse(b.dueAt);
}
