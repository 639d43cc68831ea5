import type { DueDateSpec } from '../calendar/due-date';
import type { YearOverrides } from '../calendar/working-day-calendar';
import type { PlanDefinition, ReminderPolicy } from '../plan/plan.types';
import { DEFAULT_TASK_LIMITS } from './task-limits';

/** A plan's approval chain clock: each step's time limit, the reminders, the calendar, when the chain lapses. */
export interface ApprovalClock {
  limit: DueDateSpec;
  reminders: ReminderPolicy;
  calendarOverrides?: YearOverrides;
  /** Years of the national calendar an administrator entered, over the shipped ones (absent when none). */
  nationalCalendar?: YearOverrides;
  /** How long past a step's due date, with nobody acting, until the chain ends as `expired` (a duration). */
  expireAfter: string;
}

/** A plan nobody acts on lapses two months after its step fell due: by then every escalation has gone unanswered. */
export const DEFAULT_APPROVAL_LAPSE = '60d';

export function planApprovalClock(plan: PlanDefinition, enteredYears: YearOverrides = {}): ApprovalClock {
  return {
    limit: plan.taskLimits?.plan_approval ?? DEFAULT_TASK_LIMITS.plan_approval,
    reminders: plan.reminders,
    ...(plan.calendarOverrides ? { calendarOverrides: plan.calendarOverrides } : {}),
    ...(Object.keys(enteredYears).length ? { nationalCalendar: enteredYears } : {}),
    expireAfter: plan.approvalLapse ?? DEFAULT_APPROVAL_LAPSE,
  };
}
