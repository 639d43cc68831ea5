/**
 * Unit trees for plan tests. The Tuyên Quang units copy the demo seed
 * (libs/persistence/src/seed/demo-province.json), which the domain must not import; the Front tree
 * adds the Fatherland Front units that seed does not have yet.
 */
import { childPath } from '../../org/unit-path';
import type { PlanOrgContext, PlanOrgUnit } from '../participants';

type UnitRow = [code: string, levelCode: string, kind: string, parentCode: string | null];

const LEVEL_RANKS: ReadonlyMap<string, number> = new Map([
  ['tinh', 0],
  ['huyen', 1],
  ['xa', 2],
]);

/** Parents must come before their children, as in the seed file. */
export function orgContext(rows: readonly UnitRow[], levels = LEVEL_RANKS): PlanOrgContext {
  const units = new Map<string, PlanOrgUnit>();
  for (const [code, levelCode, kind, parentCode] of rows) {
    const parentPath = parentCode === null ? null : units.get(parentCode)?.path;
    if (parentPath === undefined) throw new Error(`Fixture lists ${code} before its parent ${parentCode}`);
    units.set(code, { code, levelCode, kind, path: childPath(parentPath, code) });
  }
  return { units, levels };
}

export const DEMO_PROVINCE_ROWS: readonly UnitRow[] = [
  ['TQ', 'tinh', 'ubnd', null],
  ['TQ-SNV', 'tinh', 'so', 'TQ'],
  ['TQ-STTTT', 'tinh', 'so', 'TQ'],
  ['TQ-MTTQ', 'tinh', 'mttq', 'TQ'],
  ['TQ-YS', 'huyen', 'ubnd', 'TQ'],
  ['TQ-YS-THANGQUAN', 'xa', 'ubnd', 'TQ-YS'],
  ['TQ-YS-LANGQUAN', 'xa', 'ubnd', 'TQ-YS'],
  ['TQ-SD', 'huyen', 'ubnd', 'TQ'],
  ['TQ-SD-TUTHINH', 'xa', 'ubnd', 'TQ-SD'],
  ['TQ-SD-HOPTHANH', 'xa', 'ubnd', 'TQ-SD'],
];

export const demoProvince = (): PlanOrgContext => orgContext(DEMO_PROVINCE_ROWS);

/** TQ-MTTQ with two district Front committees of two communes each, and four member organisations. */
export const FRONT_TREE_ROWS: readonly UnitRow[] = [
  ['TQ', 'tinh', 'ubnd', null],
  ['TQ-MTTQ', 'tinh', 'mttq', 'TQ'],
  ['TQ-MTTQ-YS', 'huyen', 'mttq', 'TQ-MTTQ'],
  ['TQ-MTTQ-YS-THANGQUAN', 'xa', 'mttq', 'TQ-MTTQ-YS'],
  ['TQ-MTTQ-YS-LANGQUAN', 'xa', 'mttq', 'TQ-MTTQ-YS'],
  ['TQ-MTTQ-SD', 'huyen', 'mttq', 'TQ-MTTQ'],
  ['TQ-MTTQ-SD-TUTHINH', 'xa', 'mttq', 'TQ-MTTQ-SD'],
  ['TQ-MTTQ-SD-HOPTHANH', 'xa', 'mttq', 'TQ-MTTQ-SD'],
  ['TQ-HLHPN', 'tinh', 'to_chuc_thanh_vien', 'TQ-MTTQ'],
  ['TQ-HND', 'tinh', 'to_chuc_thanh_vien', 'TQ-MTTQ'],
  ['TQ-HCCB', 'tinh', 'to_chuc_thanh_vien', 'TQ-MTTQ'],
  ['TQ-TINHDOAN', 'tinh', 'to_chuc_thanh_vien', 'TQ-MTTQ'],
];

export const frontTree = (): PlanOrgContext => orgContext(FRONT_TREE_ROWS);
