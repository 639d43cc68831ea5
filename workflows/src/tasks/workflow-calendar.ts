import { patched } from '@temporalio/workflow';
import type { WorkingDayCalendarOptions, YearOverrides } from '@tdkt/domain';
import { NATIONAL_CALENDAR } from '../patches';

/**
 * The working-day calendar a workflow counts a human step's days on: the plan's own adjustments over the
 * shipped national calendar. A history from before that calendar shipped replays on the legal holidays
 * alone, so the due dates it recorded come out the same.
 */
export function workflowCalendar(overrides: YearOverrides | undefined): WorkingDayCalendarOptions {
  return { overrides, ...(patched(NATIONAL_CALENDAR) ? {} : { national: {} }) };
}
