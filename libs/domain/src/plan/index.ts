export * from './plan.types';
export { parseDuration, isDuration } from './duration';
export { selectParticipants, unitMatches, type Participant, type PlanOrgContext, type PlanOrgUnit, type UnitMatch } from './participants';
export {
  resolvePhaseSchedule,
  resolveLevelTimes,
  dueSpecFor,
  ISSUED_ANCHOR,
  opensAnchor,
  dueAnchor,
  type PhaseSchedule,
  type ScheduleFailure,
  type ScheduleField,
  type LevelTimes,
} from './schedule';
export { validatePlan, type PlanIssue, type PlanValidationResult, type ValidatePlanOptions } from './validate-plan';
export { clonePlanForYear, shiftDateByYears } from './clone-plan';
export { phasesOpeningBefore, type PastOpening } from './past-openings';
export { amendedDeadlinesInThePast, type PastDeadline } from './amended-deadlines';
