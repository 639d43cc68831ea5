import { parseInstant } from '../calendar/due-date';
import { LocalDate, toLocalDate } from '../calendar/local-date';
import type { PlanDefinition } from './plan.types';

export interface PastOpening {
  /** Where to fix it, as the plan validator names fields. */
  path: string;
  phaseName: string;
  opensOn: LocalDate;
}

/**
 * Phases whose fixed opening date is already behind `today`: a plan written from last year's and not
 * updated, or a plan issued on paper and entered late. Openings counted from the issue never are.
 */
export function phasesOpeningBefore(plan: PlanDefinition, today: LocalDate): PastOpening[] {
  return plan.stages.flatMap((stage, s) =>
    stage.phases.flatMap((phase, p) => {
      const spec = phase.opensAt;
      const opensOn = spec.kind === 'date' ? (spec.date as LocalDate) : spec.kind === 'instant' ? toLocalDate(parseInstant(spec.at)) : null;
      return opensOn && opensOn < today ? [{ path: `stages[${s}].phases[${p}].opensAt`, phaseName: phase.name, opensOn }] : [];
    }),
  );
}
