import { NATIONAL_CALENDAR as SHIPPED_YEARS, WorkingDayCalendarOptions, YearOverrides } from '@tdkt/domain';
import { NATIONAL_CALENDAR, applied } from '../patches';

/**
 * The working-day calendar a workflow counts a human step's days on: the plan's own adjustments over the
 * national calendar (the shipped years, and those an administrator entered when the input was built).
 * A history from before that calendar shipped replays on the legal holidays alone, so the due dates it
 * recorded come out the same.
 */
export function workflowCalendar(overrides: YearOverrides | undefined, enteredYears?: YearOverrides): WorkingDayCalendarOptions {
  return { overrides, national: applied(NATIONAL_CALENDAR) ? { ...SHIPPED_YEARS, ...enteredYears } : {} };
}
