import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';

/**
 * The shape of the read models the bench fills: one province (TQ) with its departments reporting to it, districts
 * reporting to it and communes reporting to their district; every campaign is issued by the province and reaches
 * every other unit, with one obligation per phase of seed 003's plan (eight) per unit. Sized so that about
 * 100,000 inbox rows are open, the issue's target, beside the done ones the projections keep.
 */
export const PROVINCE = 'TQ';
export const DEPARTMENTS = 20;
export const DISTRICTS = 25;
export const COMMUNES_PER_DISTRICT = 180;
export const CAMPAIGNS = 10;

export const departmentCode = (d: number) => `TQ-S${String(d).padStart(2, '0')}`;
export const districtCode = (d: number) => `TQ-H${String(d).padStart(2, '0')}`;
export const communeCode = (d: number, c: number) => `${districtCode(d)}-X${String(c).padStart(3, '0')}`;

export interface BenchUnit {
  code: string;
  name: string;
  levelCode: 'tinh' | 'huyen' | 'xa';
  kind: string;
  parentCode: string | null;
  path: string;
}

/** Every unit, the province first, then each district before its communes (tree order). */
export function benchUnits(): BenchUnit[] {
  const province: BenchUnit = {
    code: PROVINCE,
    name: 'Ủy ban nhân dân tỉnh thử tải',
    levelCode: 'tinh',
    kind: 'ubnd',
    parentCode: null,
    path: `/${PROVINCE}/`,
  };
  const units = [province];
  for (let d = 1; d <= DEPARTMENTS; d++) units.push(child(province, departmentCode(d), `Sở thử tải ${d}`, 'tinh', 'so'));
  for (let d = 1; d <= DISTRICTS; d++) {
    const district = child(province, districtCode(d), `Ủy ban nhân dân huyện thử tải ${d}`, 'huyen', 'ubnd');
    units.push(district);
    for (let c = 1; c <= COMMUNES_PER_DISTRICT; c++)
      units.push(child(district, communeCode(d, c), `Ủy ban nhân dân xã thử tải ${d}.${c}`, 'xa', 'ubnd'));
  }
  return units;
}

function child(parent: BenchUnit, code: string, name: string, levelCode: BenchUnit['levelCode'], kind: string): BenchUnit {
  return { code, name, levelCode, kind, parentCode: parent.code, path: `${parent.path}${code}/` };
}

/** Seed 003's plan, whose eight phases (launch, implementation, reviews, nominations) each unit owes one obligation of. */
export function benchPlan(n: number): PlanDefinition {
  const plan = template as unknown as PlanDefinition;
  return { ...plan, title: `${plan.title} (thử tải ${n})`, issuer: { ...plan.issuer, unitCode: PROVINCE } };
}

export const benchPhases = () => benchPlan(0).stages.flatMap((stage) => stage.phases.map((phase) => ({ ...phase, stageKey: stage.key })));
