import { parseInstant } from '../../calendar/due-date';
import { isLocalDate, startOfLocalDay } from '../../calendar/local-date';
import type { PlanDefinition } from '../plan.types';

/**
 * Before a plan is issued its issue instant is unknown; for checking the timeline the earliest fixed
 * opening stands in for it (a plan opens its first phase when it is issued). When no phase opens on a
 * fixed date there is no stand-in, and dates counted from "issued" are not checked.
 */
export function defaultIssuedAt(plan: PlanDefinition): Date | undefined {
  const openings = plan.stages.flatMap((stage) =>
    stage.phases.flatMap((phase) => {
      const spec = phase.opensAt;
      if (spec.kind === 'date' && isLocalDate(spec.date)) return [startOfLocalDay(spec.date)];
      if (spec.kind === 'instant') return [parseInstant(spec.at)];
      return [];
    }),
  );
  return openings.length ? new Date(Math.min(...openings.map((d) => d.getTime()))) : undefined;
}
