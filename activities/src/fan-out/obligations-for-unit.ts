import type { ObligationSpec, PhaseKind, PlanDefinition } from '@tdkt/domain';
import { resolvePhaseSchedule, WorkingDayCalendar } from '@tdkt/domain';

/** The issuer runs no launch or implementation of its own: it aggregates the reviews and decides nominations. */
const ISSUER_PHASES: ReadonlySet<PhaseKind> = new Set<PhaseKind>(['interim_review', 'final_review', 'nomination']);

/**
 * A unit's obligations: one per phase of every stage, at its level's due dates, and for an
 * implementation phase with a reporting period one progress report per period.
 */
export function obligationsForUnit(plan: PlanDefinition, levelCode: string, issuedAt: Date, isIssuer: boolean): ObligationSpec[] {
  const calendar = new WorkingDayCalendar({ overrides: plan.calendarOverrides });
  const phases = new Map(plan.stages.flatMap((stage) => stage.phases.map((phase) => [phase.key, phase] as const)));
  return resolvePhaseSchedule(plan, levelCode, issuedAt, calendar)
    .filter((entry) => !isIssuer || ISSUER_PHASES.has(entry.kind))
    .flatMap((entry): ObligationSpec[] => {
      const phase = phases.get(entry.phaseKey)!;
      const base = { phaseKey: entry.phaseKey, stageKey: entry.stageKey, kind: entry.kind };
      const every = phase.progressEvery;
      // A deadline announced later cannot be cut into periods: the validator refuses that for a phase with periods.
      if (entry.kind !== 'implementation' || !every || !entry.dueAt) {
        return [
          {
            ...base,
            key: entry.phaseKey,
            title: phase.name,
            opensAt: entry.opensAt.toISOString(),
            dueAt: entry.dueAt?.toISOString() ?? null,
          },
        ];
      }
      return progressPeriods(entry.opensAt, entry.dueAt, every).map((period, i) => ({
        ...base,
        key: `${entry.phaseKey}#${i + 1}`,
        title: `${phase.name} – kỳ ${i + 1}`,
        opensAt: period.opensAt.toISOString(),
        dueAt: period.dueAt.toISOString(),
      }));
    });
}

/** Consecutive reporting periods from the phase start; the last one ends at the phase's due date. */
function progressPeriods(
  start: Date,
  end: Date,
  every: { months?: number; days?: number; seconds?: number },
): { opensAt: Date; dueAt: Date }[] {
  const periods: { opensAt: Date; dueAt: Date }[] = [];
  let opensAt = start;
  while (opensAt < end && periods.length < 1000) {
    const next = new Date(opensAt);
    next.setUTCMonth(next.getUTCMonth() + (every.months ?? 0));
    next.setTime(next.getTime() + (every.days ?? 0) * 86_400_000 + (every.seconds ?? 0) * 1000);
    if (next <= opensAt) break;
    const dueAt = next < end ? next : end;
    periods.push({ opensAt, dueAt });
    opensAt = dueAt;
  }
  return periods;
}
