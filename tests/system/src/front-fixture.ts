import type { OfficialRecord, OrgImport, Role, UnitRecord } from '@tdkt/domain';
import { DEMO_PASSWORD } from './system-under-test';

/**
 * The Fatherland Front's own tree under the demo province's TQ-MTTQ, which the demo seed leaves
 * empty: the provincial member organisations, and district Front committees with their communes.
 * The Front reports through its own line (commune → district committee → provincial committee),
 * not through the People's Committees, so these units hang under TQ-MTTQ, not under TQ-YS or TQ-SD.
 */
export const FRONT_ISSUER = 'TQ-MTTQ';

const MEMBER_ORGANISATIONS: Record<string, string> = {
  'TQ-HND': 'Hội Nông dân tỉnh Tuyên Quang',
  'TQ-HLHPN': 'Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang',
  'TQ-TINHDOAN': 'Tỉnh đoàn Tuyên Quang',
  'TQ-HCCB': 'Hội Cựu chiến binh tỉnh Tuyên Quang',
  'TQ-LDLD': 'Liên đoàn Lao động tỉnh Tuyên Quang',
};

const DISTRICT_COMMITTEES: Record<string, { district: string; communes: Record<string, string> }> = {
  'TQ-MTTQ-YS': { district: 'Yên Sơn', communes: { THANGQUAN: 'Thắng Quân', LANGQUAN: 'Lang Quán', TRUNGMON: 'Trung Môn' } },
  'TQ-MTTQ-SD': { district: 'Sơn Dương', communes: { TUTHINH: 'Tú Thịnh', HOPTHANH: 'Hợp Thành', SONNAM: 'Sơn Nam' } },
};

/** Usernames follow the demo's pattern, `<role>.<unit code without the province prefix>`. */
const suffixOf = (unitCode: string) => unitCode.replace(/^TQ-/, '').toLowerCase();

function frontUnits(): UnitRecord[] {
  const memberOrgs = Object.entries(MEMBER_ORGANISATIONS).map(([code, name]) => ({
    code,
    name,
    levelCode: 'tinh',
    kind: 'to_chuc_thanh_vien',
    parentCode: FRONT_ISSUER,
  }));
  const committees = Object.entries(DISTRICT_COMMITTEES).flatMap(([code, { district, communes }]) => [
    { code, name: `Ủy ban MTTQ Việt Nam huyện ${district}`, levelCode: 'huyen', kind: 'mttq', parentCode: FRONT_ISSUER },
    ...Object.entries(communes).map(([commune, name]) => ({
      code: `${code}-${commune}`,
      name: `Ủy ban MTTQ Việt Nam xã ${name}`,
      levelCode: 'xa',
      kind: 'mttq',
      parentCode: code,
    })),
  ]);
  return [...memberOrgs, ...committees];
}

function official(username: string, unitCode: string, role: Role, fullName: string, title: string): OfficialRecord {
  return { username, fullName, title, email: `${username}@tuyenquang.demo.gov.vn`, unitCode, roles: [role], password: DEMO_PASSWORD };
}

export function frontExtension(): OrgImport {
  const units = frontUnits();
  return {
    levels: [],
    units,
    officials: [
      ...units.flatMap((u) => [
        official(`lanhdao.${suffixOf(u.code)}`, u.code, 'leader', `Lãnh đạo ${u.name}`, 'Chủ tịch'),
        official(`chuyenvien.${suffixOf(u.code)}`, u.code, 'specialist', `Chuyên viên ${u.name}`, 'Chuyên viên'),
      ]),
      // The demo has only the Front's chair; its plans are drafted by a specialist and reviewed by a vice-chair first.
      official('chuyenvien.mttq', FRONT_ISSUER, 'specialist', 'Chuyên viên Ban Phong trào và Tuyên giáo', 'Chuyên viên'),
      official('pho.mttq', FRONT_ISSUER, 'deputy_leader', 'Phó Chủ tịch Ủy ban MTTQ tỉnh', 'Phó Chủ tịch'),
    ],
  };
}

/** Who prepares and who approves a Front unit's reports; TQ-MTTQ's leader is the demo's `lanhdao.mttq`. */
export function frontActorsOf(unitCode: string): { submitter: string; approver: string } {
  return { submitter: `chuyenvien.${suffixOf(unitCode)}`, approver: `lanhdao.${suffixOf(unitCode)}` };
}

export const FRONT_OFFICIALS = { drafter: 'chuyenvien.mttq', deputy: 'pho.mttq', leader: 'lanhdao.mttq' } as const;
