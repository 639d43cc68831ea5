import type { DueDateAnchor, ObligationSpec, PhaseKind, PlanDefinition, ScopedUnit, YearOverrides } from '@tdkt/domain';
import {
  compilationKey,
  compilationsBy,
  dueAnchor,
  ISSUED_ANCHOR,
  ISSUER_PHASE_KINDS,
  opensAnchor,
  periodKey,
  phaseAppliesTo,
  resolveDueDate,
  resolveLevelTimes,
  resolvePhaseSchedule,
  WorkingDayCalendar,
} from '@tdkt/domain';

const ISSUER_PHASES: ReadonlySet<PhaseKind> = new Set<PhaseKind>(ISSUER_PHASE_KINDS);

export interface UnitRole {
  /** The issuer owes only the reviews and the nominations. */
  isIssuer?: boolean;
  /** A body taking part only to compile others' reports. */
  compilerOnly?: boolean;
  /** The national calendar in force (shipped and entered years); the shipped one by default. */
  national?: YearOverrides;
}

/**
 * A unit's obligations: one per phase of every stage that applies to it, at its level's due dates, and
 * for an implementation phase with a reporting period one progress report per period; then a
 * compilation for each phase the plan names it to compile. A body taking part only to compile owes
 * only those.
 */
export function obligationsForUnit(plan: PlanDefinition, unit: ScopedUnit, issuedAt: Date, as: UnitRole = {}): ObligationSpec[] {
  const calendar = new WorkingDayCalendar({ overrides: plan.calendarOverrides, national: as.national });
  const own = as.compilerOnly ? [] : phaseObligations(plan, unit, issuedAt, as.isIssuer ?? false, calendar);
  return [...own, ...compilationObligations(plan, unit, issuedAt, calendar)];
}

function phaseObligations(
  plan: PlanDefinition,
  unit: ScopedUnit,
  issuedAt: Date,
  isIssuer: boolean,
  calendar: WorkingDayCalendar,
): ObligationSpec[] {
  const phases = new Map(plan.stages.flatMap((stage) => stage.phases.map((phase) => [phase.key, phase] as const)));
  return resolvePhaseSchedule(plan, unit.levelCode, issuedAt, calendar)
    .filter((entry) => (!isIssuer || ISSUER_PHASES.has(entry.kind)) && phaseAppliesTo(phases.get(entry.phaseKey)!, unit))
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
        key: periodKey(entry.phaseKey, i + 1),
        title: `${phase.name} – kỳ ${i + 1}`,
        opensAt: period.opensAt.toISOString(),
        dueAt: period.dueAt.toISOString(),
      }));
    });
}

/**
 * The compilations a named body owes the issuer: open from issue (it follows the units all along), due
 * when the plan says — counted from the issue or from a milestone of the body's own level.
 */
function compilationObligations(plan: PlanDefinition, unit: ScopedUnit, issuedAt: Date, calendar: WorkingDayCalendar): ObligationSpec[] {
  const compilations = compilationsBy(plan, unit.code);
  if (!compilations.length) return [];
  const anchors: Record<string, DueDateAnchor> = { [ISSUED_ANCHOR]: issuedAt };
  for (const [phaseKey, times] of resolveLevelTimes(plan, unit.levelCode, { [ISSUED_ANCHOR]: issuedAt }, calendar).times) {
    if (times.opensAt) anchors[opensAnchor(phaseKey)] = times.opensAt;
    if (times.dueAt) anchors[dueAnchor(phaseKey)] = times.dueAt;
  }
  const phases = plan.stages.flatMap((stage) => stage.phases.map((phase) => ({ stageKey: stage.key, phase })));
  return compilations.flatMap((compilation) => {
    const found = phases.find(({ phase }) => phase.key === compilation.phaseKey);
    if (!found) return [];
    const key = compilationKey(compilation.phaseKey);
    return [
      {
        key,
        phaseKey: key,
        stageKey: found.stageKey,
        kind: found.phase.kind,
        title: `Tổng hợp: ${found.phase.name}`,
        opensAt: issuedAt.toISOString(),
        dueAt: compilation.due.kind === 'announcedLater' ? null : resolveDueDate(compilation.due, anchors, calendar).instant.toISOString(),
      },
    ];
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
