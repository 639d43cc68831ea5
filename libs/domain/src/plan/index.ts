export * from './plan.types';
export { parseDuration, isDuration } from './duration';
export {
  groupsOf,
  selectParticipants,
  unitMatches,
  type Participant,
  type PlanOrgContext,
  type PlanOrgUnit,
  type UnitMatch,
} from './participants';
export {
  resolvePhaseSchedule,
  resolveLevelTimes,
  dueSpecFor,
  ISSUED_ANCHOR,
  issuedAnchorOf,
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
export { phaseAppliesTo, phaseMayApplyToLevel, type ScopedUnit } from './phase-scope';
export * from './template';
export { criteriaOf, type UnitCriteria } from './unit-criteria';
export { compilationKey, compilationsBy, followedBy } from './compilations';
export { validateYearAnnouncement, type YearAnnouncementResult } from './validate-year-announcement';
