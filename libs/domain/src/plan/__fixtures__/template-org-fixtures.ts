/**
 * Unit trees with what templates print of a unit — its name (for the place) and its printed code — for
 * template tests: the demo province and its Front tree as in org-fixtures.ts, and a two-tier province.
 */
import type { PlanOrgContext } from '../participants';
import type { TemplateOrgContext, TemplateOrgUnit } from '../template/template-context';
import { demoProvince, frontTree, orgContext } from './org-fixtures';

const NAMES: Record<string, [name: string, issuerCode?: string]> = {
  TQ: ['Ủy ban nhân dân tỉnh Tuyên Quang', 'UBND'],
  'TQ-SNV': ['Sở Nội vụ', 'SNV'],
  'TQ-STTTT': ['Sở Thông tin và Truyền thông', 'STTTT'],
  'TQ-MTTQ': ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang', 'MTTQ-BTT'],
  'TQ-YS': ['Ủy ban nhân dân huyện Yên Sơn', 'UBND'],
  'TQ-SD': ['Ủy ban nhân dân huyện Sơn Dương', 'UBND'],
};

export function withNames(org: PlanOrgContext, names: Record<string, [string, string?]> = NAMES): TemplateOrgContext {
  const units = new Map<string, TemplateOrgUnit>();
  for (const [code, unit] of org.units) {
    const [name, issuerCode] = names[code] ?? [`Đơn vị ${code}`];
    units.set(code, { ...unit, name, issuerCode: issuerCode ?? null });
  }
  return { units, levels: org.levels };
}

export const demoProvinceForTemplates = () => withNames(demoProvince());
export const frontTreeForTemplates = () => withNames(frontTree());

/** After 1 July 2025: a province and its communes, no district tier. */
export const twoTierProvince = () =>
  withNames(
    orgContext(
      [
        ['TN', 'tinh', 'ubnd', null],
        ['TN-SNV', 'tinh', 'so', 'TN'],
        ['TN-HUNGSON', 'xa', 'ubnd', 'TN'],
      ],
      new Map([
        ['tinh', 0],
        ['xa', 1],
      ]),
    ),
    { TN: ['Ủy ban nhân dân tỉnh Thái Nguyên', 'UBND'], 'TN-SNV': ['Sở Nội vụ tỉnh Thái Nguyên', 'SNV'] },
  );
