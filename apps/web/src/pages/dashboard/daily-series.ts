import type { DashboardDay } from '../../api/dashboard-queries';

/** "dd/mm/yyyy" of a calendar day "YYYY-MM-DD" (already a Vietnamese day: no time zone to apply). */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

export interface DailyPoint extends DashboardDay {
  label: string;
}

/** The days with activity as the trend chart and its table read them: oldest first, labelled dd/mm/yyyy. */
export function dailySeries(days: readonly DashboardDay[]): DailyPoint[] {
  return [...days].sort((a, b) => a.day.localeCompare(b.day)).map((d) => ({ ...d, label: formatDay(d.day) }));
}
