import {
  isSameOrDescendant,
  unitMatches,
  type ParticipantSelector,
  type PlanOrgUnit,
  type TemplateOrgContext,
  type TemplateOrgUnit,
} from '@tdkt/domain';

// The part of the unit tree the page has read, in the shape the domain's functions take (paths, level ranks), so the
// browser fills templates, selects participants and validates plans with the very code the API runs.

export interface ReadUnit {
  code: string;
  name: string;
  levelCode: string;
  kind: string;
  parentCode: string | null;
  issuerCode: string | null;
  /** Present once the unit itself was read (GET /units/{code}); a unit only seen as a child has none. */
  children?: readonly Omit<ReadUnit, 'children'>[];
}

/** Every unit read, the children of read units included; each with its path from the root of what was read. */
export function orgContextOf(read: ReadonlyMap<string, ReadUnit>, rootCode: string): TemplateOrgContext {
  const all = new Map<string, ReadUnit>();
  for (const unit of read.values()) {
    for (const child of unit.children ?? []) if (!all.has(child.code)) all.set(child.code, child);
  }
  for (const unit of read.values()) all.set(unit.code, unit);

  const pathOf = (code: string): string => {
    const chain: string[] = [];
    for (let unit = all.get(code); unit; unit = unit.parentCode && unit.code !== rootCode ? all.get(unit.parentCode) : undefined) {
      chain.unshift(unit.code);
    }
    return `/${chain.join('/')}/`;
  };
  const units = new Map<string, TemplateOrgUnit>();
  for (const unit of all.values()) {
    units.set(unit.code, {
      code: unit.code,
      name: unit.name,
      levelCode: unit.levelCode,
      kind: unit.kind,
      issuerCode: unit.issuerCode,
      path: pathOf(unit.code),
    });
  }
  return { units, levels: levelRanks(all, rootCode) };
}

/**
 * Levels in the order they appear going down from the root: the root's level first, then each level met one step
 * below a level already ranked. The tree has no other record of the order in reach of a drafter.
 */
export function levelRanks(units: ReadonlyMap<string, Omit<ReadUnit, 'children'>>, rootCode: string): Map<string, number> {
  const root = units.get(rootCode);
  const ranks = new Map<string, number>();
  if (!root) return ranks;
  ranks.set(root.levelCode, 0);
  const childrenOf = new Map<string, Omit<ReadUnit, 'children'>[]>();
  for (const unit of units.values()) {
    if (unit.parentCode) childrenOf.set(unit.parentCode, [...(childrenOf.get(unit.parentCode) ?? []), unit]);
  }
  const queue = [root];
  while (queue.length) {
    const unit = queue.shift()!;
    for (const child of childrenOf.get(unit.code) ?? []) {
      if (!ranks.has(child.levelCode)) ranks.set(child.levelCode, ranks.get(unit.levelCode)! + 1);
      queue.push(child);
    }
  }
  return ranks;
}

/** Level codes by rank, top first. */
export const orderedLevels = (ranks: ReadonlyMap<string, number>) =>
  [...ranks.entries()].sort(([, a], [, b]) => a - b).map(([code]) => code);

/** Whether the selector's levels and kinds take the unit in, without its lists of codes. */
export function selectedByRule(selector: ParticipantSelector, unit: PlanOrgUnit, issuer: PlanOrgUnit | undefined): boolean {
  const levels = selector.levels?.length ? selector.levels : undefined;
  const kinds = selector.kinds?.length ? selector.kinds : undefined;
  if (!issuer || unit.code === issuer.code || (levels === undefined && kinds === undefined)) return false;
  return isSameOrDescendant(unit.path, issuer.path) && unitMatches({ levels, kinds }, unit);
}

/**
 * Ticking or unticking one unit on the tree: a unit the levels and kinds already take in is excluded by name,
 * one they leave out is added by name; undoing either removes the name again, so the selector stays the rule
 * the official set plus the exceptions they made.
 */
export function toggleParticipant(
  selector: ParticipantSelector,
  code: string,
  byRule: boolean,
  participates: boolean,
): ParticipantSelector {
  const without = (list: string[] | undefined) => (list ?? []).filter((c) => c !== code);
  const unitCodes = without(selector.unitCodes);
  const excludeUnitCodes = without(selector.excludeUnitCodes);
  if (participates) {
    if (byRule) excludeUnitCodes.push(code);
  } else if (!byRule) unitCodes.push(code);
  return { ...selector, unitCodes, excludeUnitCodes };
}
