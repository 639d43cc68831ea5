import type { DueDateSpec } from '../calendar/due-date';
import { resolveDueDate } from '../calendar/due-date';
import { WorkingDayCalendar, WorkingDayCalendarOptions } from '../calendar/working-day-calendar';
import type { HumanTaskKind, TaskTimeLimits } from './human-task.types';

const workingDays = (days: number): DueDateSpec => ({ kind: 'workingDaysAfter', anchor: 'opened', days });

/**
 * A body's defaults when the plan says nothing: a review or a signature within five working days, a
 * unit leader's approval of a report within three, a parent's answer to an extension request within two
 * (the unit is usually already late when it asks).
 */
export const DEFAULT_TASK_LIMITS: TaskTimeLimits = {
  plan_approval: workingDays(5),
  report_approval: workingDays(3),
  extension_decision: workingDays(2),
  // Each award step's limit comes from the award catalogue; a plan sets this only to compress a test run.
  award_step: workingDays(10),
};

/** When a task opened at `openedAt` falls due, on the plan's calendar (weekends and holidays do not count). */
export function taskDueAt(
  kind: HumanTaskKind,
  openedAt: Date,
  limits: Partial<TaskTimeLimits> | undefined,
  calendar: WorkingDayCalendarOptions = {},
): Date {
  const spec = limits?.[kind] ?? DEFAULT_TASK_LIMITS[kind];
  return resolveDueDate(spec, { opened: openedAt }, new WorkingDayCalendar(calendar)).instant;
}
