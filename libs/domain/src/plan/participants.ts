/**
 * Which units take part in a plan, whom each reports to, and which criteria group applies to it —
 * computed from the plan and a snapshot of the unit tree, so the API, the validator and the
 * workflows all agree on the same list.
 */
import { isSameOrDescendant } from '../org/unit-path';
import type { ParticipantGroup, ParticipantSelector, PlanDefinition } from './plan.types';

/** A unit as the plan logic needs it; `path` is the materialised path of codes, "/TQ/TQ-YS/". */
export interface PlanOrgUnit {
  code: string;
  levelCode: string;
  kind: string;
  path: string;
}

/** The unit tree a plan runs in: units by code, level ranks by level code (0 = top). */
export interface PlanOrgContext {
  units: ReadonlyMap<string, PlanOrgUnit>;
  levels: ReadonlyMap<string, number>;
}

export interface Participant {
  unitCode: string;
  /** Nearest participating ancestor, else the issuer: where this unit's reports go to be aggregated. */
  reportsTo: string;
  levelCode: string;
  kind: string;
  /** The first participant group matching the unit, or null when none does. */
  groupKey: string | null;
  /** Every participant group the unit matches, in plan order. */
  groupKeys: string[];
  /** A named body that takes part only to compile others' reports for the issuer (see Responsibility.compiles). */
  compilerOnly?: true;
}

export type UnitMatch = ParticipantGroup['match'];

/** Every list given must contain the unit; lists left out do not constrain. */
export function unitMatches(match: UnitMatch, unit: PlanOrgUnit): boolean {
  return (
    (match.levels === undefined || match.levels.includes(unit.levelCode)) &&
    (match.kinds === undefined || match.kinds.includes(unit.kind)) &&
    (match.unitCodes === undefined || match.unitCodes.includes(unit.code))
  );
}

/** Participants in tree order (by path), so every unit comes after the unit it reports to. */
export function selectParticipants(
  plan: Pick<PlanDefinition, 'issuer' | 'participants' | 'participantGroups'> & Partial<Pick<PlanDefinition, 'responsibilities'>>,
  org: PlanOrgContext,
): Participant[] {
  const issuerCode = plan.issuer.unitCode;
  const selected = selectedUnits(plan.participants, issuerCode, org);
  const selectedCodes = new Set(selected.map((u) => u.code));
  // A body named to compile reports takes part for that, reporting to the issuer, if it does not already.
  const compilers = (plan.responsibilities ?? [])
    .filter((r) => r.compiles?.length && r.unitCode && r.unitCode !== issuerCode && !selectedCodes.has(r.unitCode))
    .flatMap((r) => (org.units.get(r.unitCode!) ? [org.units.get(r.unitCode!)!] : []));
  const compilerOnly = new Set(compilers.map((u) => u.code));

  return [...selected, ...compilers.filter((u, i) => compilers.indexOf(u) === i)]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((unit) => {
      const groupKeys = groupsOf(plan, unit);
      const only = compilerOnly.has(unit.code);
      return {
        unitCode: unit.code,
        reportsTo: only ? issuerCode : (nearestSelectedAncestor(unit.path, selectedCodes) ?? issuerCode),
        levelCode: unit.levelCode,
        kind: unit.kind,
        groupKey: groupKeys[0] ?? null,
        groupKeys,
        ...(only ? { compilerOnly: true as const } : {}),
      };
    });
}

/** The participant groups a unit belongs to, in plan order. */
export function groupsOf(plan: Pick<PlanDefinition, 'participantGroups'>, unit: PlanOrgUnit): string[] {
  return plan.participantGroups.filter((group) => unitMatches(group.match, unit)).map((group) => group.key);
}

function selectedUnits(selector: ParticipantSelector, issuerCode: string, org: PlanOrgContext): PlanOrgUnit[] {
  const byCode = new Map<string, PlanOrgUnit>();
  const issuer = org.units.get(issuerCode);
  // Without a level or kind the selector is only its explicit list; it never means "everyone below".
  if (issuer && (selector.levels !== undefined || selector.kinds !== undefined)) {
    const criteria = { levels: selector.levels, kinds: selector.kinds };
    for (const unit of org.units.values()) {
      if (isSameOrDescendant(unit.path, issuer.path) && unitMatches(criteria, unit)) byCode.set(unit.code, unit);
    }
  }
  for (const code of selector.unitCodes ?? []) {
    const unit = org.units.get(code);
    if (unit) byCode.set(code, unit);
  }
  for (const code of selector.excludeUnitCodes ?? []) byCode.delete(code);
  // The issuer runs the campaign; it does not report to itself.
  byCode.delete(issuerCode);
  return [...byCode.values()];
}

function nearestSelectedAncestor(path: string, selected: ReadonlySet<string>): string | undefined {
  const ancestors = path.split('/').filter(Boolean).slice(0, -1);
  return ancestors.reverse().find((code) => selected.has(code));
}
