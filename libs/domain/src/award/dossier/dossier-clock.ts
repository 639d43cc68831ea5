import type { DueDateSpec } from '../../calendar/due-date';
import type { YearOverrides } from '../../calendar/working-day-calendar';
import type { PlanDefinition, ReminderPolicy } from '../../plan/plan.types';
import { DEFAULT_APPROVAL_LAPSE } from '../../task/plan-approval-clock';
import type { AwardRouteStep } from '../award-route.types';

/** A dossier's clock: the plan's reminders and calendar; each step's limit comes from the catalogue. */
export interface AwardClock {
  /** Replaces every step's working days (and the posting period): a compressed test run's plan sets it. */
  stepLimit?: DueDateSpec;
  reminders: ReminderPolicy;
  calendarOverrides?: YearOverrides;
  nationalCalendar?: YearOverrides;
  /** How long past a step's due date, with nobody acting, until the dossier ends as `expired`. */
  expireAfter: string;
}

const workingDays = (days: number): DueDateSpec => ({ kind: 'workingDaysAfter', anchor: 'opened', days });

export function awardClock(plan: PlanDefinition, enteredYears: YearOverrides = {}): AwardClock {
  return {
    ...(plan.taskLimits?.award_step ? { stepLimit: plan.taskLimits.award_step } : {}),
    reminders: plan.reminders,
    ...(plan.calendarOverrides ? { calendarOverrides: plan.calendarOverrides } : {}),
    ...(Object.keys(enteredYears).length ? { nationalCalendar: enteredYears } : {}),
    expireAfter: plan.approvalLapse ?? DEFAULT_APPROVAL_LAPSE,
  };
}

/** How long the officials at a step have, counted from its opening. */
export function awardStepLimit(step: AwardRouteStep, clock: AwardClock): DueDateSpec {
  return clock.stepLimit ?? workingDays(step.workingDays);
}

/** How long a list stays published for objections. */
export function postingPeriod(step: AwardRouteStep, clock: AwardClock): DueDateSpec {
  return clock.stepLimit ?? workingDays(step.postingWorkingDays ?? step.workingDays);
}
