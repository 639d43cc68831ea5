import type { YearOverride } from '../calendar/working-day-calendar';
import { PlanIssues, type PlanIssue } from './validation/plan-issues';
import { readYearAnnouncement } from './validation/read-calendar';

export type YearAnnouncementResult = { ok: true; value: YearOverride } | { ok: false; errors: PlanIssue[] };

/** A year of the national calendar an administrator enters from the government's announcement, checked as plans' calendars are. */
export function validateYearAnnouncement(year: number, value: unknown): YearAnnouncementResult {
  const issues = new PlanIssues();
  const read = readYearAnnouncement(year, value, issues);
  return read && !issues.list.length ? { ok: true, value: read } : { ok: false, errors: issues.list };
}
