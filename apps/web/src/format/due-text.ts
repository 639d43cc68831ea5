import type { RelativeDue } from './relative-due';

// How the inbox words a deadline and how loudly it shows it. Shared by the page (DueCell) and the inline first rows
// (src/first-rows), so both say the same thing about the same task.

/** The messages a deadline is worded with; `t` may be the app's translator or one over the Vietnamese catalogue only. */
export type DueMessageKey = 'due.toBeAnnounced' | 'due.daysOverdue' | 'due.overdueToday' | 'due.today' | 'due.daysLeft';
export type DueTranslate = (key: DueMessageKey, params?: Record<string, string | number>) => string;

/** "còn 3 ngày", "quá hạn 2 ngày", "hôm nay"… */
export function dueText(due: RelativeDue, t: DueTranslate): string {
  switch (due.kind) {
    case 'toBeAnnounced':
      return t('due.toBeAnnounced');
    case 'overdue':
      return t('due.daysOverdue', { days: due.days });
    case 'overdueToday':
      return t('due.overdueToday');
    case 'today':
      return t('due.today');
    case 'daysLeft':
      return t('due.daysLeft', { days: due.days });
  }
}

/** Late is red and bold, due today amber, anything else plain. */
export function dueTone(due: RelativeDue): 'danger' | 'warning' | undefined {
  if (due.kind === 'overdue' || due.kind === 'overdueToday') return 'danger';
  return due.kind === 'today' ? 'warning' : undefined;
}
