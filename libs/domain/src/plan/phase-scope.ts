import type { Phase } from './plan.types';

/** A participant as a phase's scope sees it. */
export interface ScopedUnit {
  code: string;
  levelCode: string;
  kind: string;
  groupKeys: readonly string[];
}

/** Whether the unit owes the phase: every list of the phase's scope holds it (for groups: one of its own). */
export function phaseAppliesTo(phase: Pick<Phase, 'appliesTo'>, unit: ScopedUnit): boolean {
  const scope = phase.appliesTo;
  if (!scope) return true;
  return (
    (scope.levels === undefined || scope.levels.includes(unit.levelCode)) &&
    (scope.kinds === undefined || scope.kinds.includes(unit.kind)) &&
    (scope.unitCodes === undefined || scope.unitCodes.includes(unit.code)) &&
    (scope.groups === undefined || scope.groups.some((group) => unit.groupKeys.includes(group)))
  );
}

/** Whether any unit of the level may owe the phase: a level its scope leaves out needs no due date for it. */
export function phaseMayApplyToLevel(phase: Pick<Phase, 'appliesTo'>, levelCode: string): boolean {
  return phase.appliesTo?.levels === undefined || phase.appliesTo.levels.includes(levelCode);
}
