import { groupsOf, PlanOrgUnit } from './participants';
import type { Criterion, PlanDefinition } from './plan.types';

export interface UnitCriteria {
  groups: { key: string; label: string }[];
  /** What the unit is judged on as a collective. */
  collective: (Criterion & { groupKey: string })[];
  /** What individuals inside the unit are judged on. */
  individual: (Criterion & { groupKey: string })[];
}

/** Everything a unit is judged on, from every group it belongs to, for the unit and for its people. */
export function criteriaOf(plan: Pick<PlanDefinition, 'participantGroups'>, unit: PlanOrgUnit): UnitCriteria {
  const keys = new Set(groupsOf(plan, unit));
  const groups = plan.participantGroups.filter((group) => keys.has(group.key));
  const all = groups.flatMap((group) => group.criteria.map((criterion) => ({ ...criterion, groupKey: group.key })));
  return {
    groups: groups.map(({ key, label }) => ({ key, label })),
    collective: all.filter((c) => (c.appliesTo ?? 'collective') === 'collective'),
    individual: all.filter((c) => c.appliesTo === 'individual'),
  };
}
