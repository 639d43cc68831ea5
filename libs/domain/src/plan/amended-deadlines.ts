import { WorkingDayCalendar, type YearOverrides } from '../calendar/working-day-calendar';
import type { PhaseDeadlineChange } from '../campaign/campaign-change';
import type { PlanDefinition } from './plan.types';
import { dueSpecFor, ISSUED_ANCHOR, resolveLevelTimes } from './schedule';

export interface PastDeadline {
  phaseKey: string;
  levelCode: string;
  dueAt: Date;
}

/**
 * Deadlines an amendment sets that are already behind `now`: an amendment gives units time, it does not
 * make them late by decree. Checked for every level of the tree the changed entries apply to.
 */
export function amendedDeadlinesInThePast(
  amended: PlanDefinition,
  changes: readonly PhaseDeadlineChange[],
  levelCodes: Iterable<string>,
  issuedAt: Date,
  now: Date,
  national?: YearOverrides,
): PastDeadline[] {
  const calendar = new WorkingDayCalendar({ overrides: amended.calendarOverrides, national });
  const phases = new Map(amended.stages.flatMap((stage) => stage.phases.map((phase) => [phase.key, phase] as const)));
  const past: PastDeadline[] = [];
  for (const levelCode of levelCodes) {
    const { times } = resolveLevelTimes(amended, levelCode, { [ISSUED_ANCHOR]: issuedAt }, calendar);
    for (const change of changes) {
      const phase = phases.get(change.phaseKey);
      const appliesTo = phase && dueSpecFor(phase, levelCode)?.key;
      const dueAt = times.get(change.phaseKey)?.dueAt;
      if (appliesTo && Object.hasOwn(change.dueByLevel, appliesTo) && dueAt && dueAt < now)
        past.push({ phaseKey: change.phaseKey, levelCode, dueAt });
    }
  }
  return past;
}
