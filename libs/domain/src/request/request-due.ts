import { DueDateSpec, resolveDueDate } from '../calendar/due-date';
import { WorkingDayCalendar, type YearOverrides } from '../calendar/working-day-calendar';
import { PlanIssues, type PlanIssue } from '../plan/validation/plan-issues';
import { readDueDateSpec } from '../plan/validation/read-due-date';

export type RequestDueResult = { ok: true; spec: DueDateSpec; dueAt: Date } | { ok: false; errors: PlanIssue[] };

/**
 * A request's deadline, written as a plan's due dates are: a date, an instant, or working days / a
 * duration after `issued` (the moment it is sent). Unlike a plan's phase it cannot be announced later:
 * a request without a deadline is not one a unit can be reminded of.
 */
export function readRequestDue(value: unknown, issuedAt: Date, national?: YearOverrides): RequestDueResult {
  const issues = new PlanIssues();
  const spec = readDueDateSpec(value, 'due', issues);
  if (!spec) return { ok: false, errors: issues.list };
  if (spec.kind === 'announcedLater') return { ok: false, errors: [{ path: 'due', message: 'Yêu cầu báo cáo phải có thời hạn cụ thể.' }] };
  if ((spec.kind === 'workingDaysAfter' || spec.kind === 'durationAfter') && spec.anchor !== 'issued')
    return { ok: false, errors: [{ path: 'due.anchor', message: 'Thời hạn của yêu cầu chỉ tính được từ lúc gửi: dùng mốc "issued".' }] };
  try {
    return { ok: true, spec, dueAt: resolveDueDate(spec, { issued: issuedAt }, new WorkingDayCalendar({ national })).instant };
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: 'due', message: `Không tính được thời hạn: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
}
