/**
 * The demo province's units (libs/persistence/src/seed/demo-province.json, which the domain must not
 * import), with the Front's committee as a unit no Giấy khen rule names.
 */
import type { UnitRecord } from '../../org/org.types';

const unit = (code: string, name: string, levelCode: string, kind: string, parentCode: string | null): UnitRecord => ({
  code,
  name,
  levelCode,
  kind,
  parentCode,
});

export const DEMO_UNITS: Record<string, UnitRecord> = Object.fromEntries(
  [
    unit('TQ', 'Ủy ban nhân dân tỉnh Tuyên Quang', 'tinh', 'ubnd', null),
    unit('TQ-SNV', 'Sở Nội vụ', 'tinh', 'so', 'TQ'),
    unit('TQ-MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang', 'tinh', 'mttq', 'TQ'),
    unit('TQ-YS', 'Ủy ban nhân dân huyện Yên Sơn', 'huyen', 'ubnd', 'TQ'),
    unit('TQ-YS-THANGQUAN', 'Ủy ban nhân dân xã Thắng Quân', 'xa', 'ubnd', 'TQ-YS'),
  ].map((u) => [u.code, u]),
);

/** The unit and its parents up to the root, as computeAwardRoute takes them. */
export function pathOf(code: string): UnitRecord[] {
  const path: UnitRecord[] = [];
  for (let unit: UnitRecord | undefined = DEMO_UNITS[code]; unit; unit = unit.parentCode ? DEMO_UNITS[unit.parentCode] : undefined)
    path.push(unit);
  return path;
}
