import type { Criterion, PlanDefinition } from '@tdkt/domain';

/**
 * The criterion a sent KPI value answers, from the plan: the unit's groups first (those naming its code or its level),
 * then any group with that key. Read from the plan the page already holds, so showing what a unit sent asks nothing
 * more of the API than reading its progress does.
 */
export function criterionFor(
  plan: Pick<PlanDefinition, 'participantGroups'>,
  key: string,
  unit: { unitCode: string; levelCode: string },
): Criterion | undefined {
  const mine = plan.participantGroups.filter(
    (group) => group.match.unitCodes?.includes(unit.unitCode) || group.match.levels?.includes(unit.levelCode),
  );
  for (const group of [...mine, ...plan.participantGroups]) {
    const criterion = group.criteria.find((c) => c.key === key);
    if (criterion) return criterion;
  }
  return undefined;
}
