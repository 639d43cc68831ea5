import type { OfficialRecord, OrgImport, Role, UnitRecord } from '@tdkt/domain';
import { DEMO_PASSWORD } from './system-under-test';

/**
 * A second province beside the demo's Tuyên Quang: Thái Nguyên, with three trees of its own, each a root.
 * The People's Committee with two departments (Sở Nội vụ, which appraises, and Sở Khoa học và Công nghệ),
 * two districts and a commune in each; the Fatherland Front committee with a member organisation and a
 * district and commune committee; and the provincial party committee (tỉnh ủy) with two district party
 * committees (huyện ủy) and a commune party committee (đảng ủy xã) under each. Levels are the demo's.
 */
export const SECOND_PROVINCE = { committee: 'TN', appraiser: 'TN-SNV', front: 'TN-MTTQ', party: 'TN-TU' } as const;

const unit = (code: string, name: string, levelCode: string, kind: string, parentCode: string | null, issuerCode?: string): UnitRecord => ({
  code,
  name,
  levelCode,
  kind,
  parentCode,
  ...(issuerCode ? { issuerCode } : {}),
});

const DISTRICTS = [
  { code: 'DT', district: 'Đại Từ', communeCode: 'HUNGSON', commune: 'Hùng Sơn' },
  { code: 'PB', district: 'Phú Bình', communeCode: 'TANDUC', commune: 'Tân Đức' },
];

function committeeTree(): UnitRecord[] {
  return [
    unit('TN', 'Ủy ban nhân dân tỉnh Thái Nguyên', 'tinh', 'ubnd', null, 'UBND'),
    unit('TN-SNV', 'Sở Nội vụ', 'tinh', 'so', 'TN', 'SNV'),
    unit('TN-SKHCN', 'Sở Khoa học và Công nghệ', 'tinh', 'so', 'TN', 'SKHCN'),
    ...DISTRICTS.flatMap(({ code, district, communeCode, commune }) => [
      unit(`TN-${code}`, `Ủy ban nhân dân huyện ${district}`, 'huyen', 'ubnd', 'TN', 'UBND'),
      unit(`TN-${code}-${communeCode}`, `Ủy ban nhân dân xã ${commune}`, 'xa', 'ubnd', `TN-${code}`, 'UBND'),
    ]),
  ];
}

function frontTree(): UnitRecord[] {
  const [first] = DISTRICTS;
  return [
    unit('TN-MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên', 'tinh', 'mttq', null, 'MTTQ-BTT'),
    unit('TN-HND', 'Hội Nông dân tỉnh Thái Nguyên', 'tinh', 'to_chuc_thanh_vien', 'TN-MTTQ'),
    unit(`TN-MTTQ-${first.code}`, `Ủy ban MTTQ Việt Nam huyện ${first.district}`, 'huyen', 'mttq', 'TN-MTTQ'),
    unit(`TN-MTTQ-${first.code}-${first.communeCode}`, `Ủy ban MTTQ Việt Nam xã ${first.commune}`, 'xa', 'mttq', `TN-MTTQ-${first.code}`),
  ];
}

function partyTree(): UnitRecord[] {
  return [
    unit('TN-TU', 'Tỉnh ủy Thái Nguyên', 'tinh', 'tinh_uy', null, 'TU'),
    ...DISTRICTS.flatMap(({ code, district, communeCode, commune }) => [
      unit(`TN-TU-${code}`, `Huyện ủy ${district}`, 'huyen', 'huyen_uy', 'TN-TU', 'HU'),
      unit(`TN-TU-${code}-${communeCode}`, `Đảng ủy xã ${commune}`, 'xa', 'dang_uy', `TN-TU-${code}`, 'ĐU'),
    ]),
  ];
}

/** Usernames: `<role>.<unit code, lower case>`, e.g. `chuyenvien.tn-mttq`, `pho.tn-tu`. */
const username = (role: 'chuyenvien' | 'lanhdao' | 'pho', unitCode: string) => `${role}.${unitCode.toLowerCase()}`;

function official(unitCode: string, role: Role, title: string): OfficialRecord {
  const prefix = role === 'specialist' ? 'chuyenvien' : role === 'leader' ? 'lanhdao' : 'pho';
  const name = username(prefix, unitCode);
  return {
    username: name,
    fullName: `${title} ${unitCode}`,
    title,
    email: `${name}@thainguyen.demo.gov.vn`,
    unitCode,
    roles: [role],
    password: DEMO_PASSWORD,
  };
}

/** Each issuer's head and deputy sign in the titles its documents print; every unit has a specialist and a leader. */
const HEADS: Record<string, [head: string, deputy: string]> = {
  TN: ['Chủ tịch', 'Phó Chủ tịch'],
  'TN-MTTQ': ['Chủ tịch', 'Phó Chủ tịch'],
  'TN-TU': ['Bí thư', 'Phó Bí thư'],
};

export function secondProvince(): OrgImport {
  const units = [...committeeTree(), ...frontTree(), ...partyTree()];
  return {
    levels: [],
    units,
    officials: units.flatMap((u) => [
      official(u.code, 'specialist', 'Chuyên viên'),
      official(u.code, 'leader', HEADS[u.code]?.[0] ?? 'Thủ trưởng'),
      ...(HEADS[u.code] ? [official(u.code, 'deputy_leader', HEADS[u.code][1])] : []),
    ]),
  };
}

/** Who prepares and who approves a unit's reports, and who reads its issuer's whole campaign. */
export const secondProvinceActors = (unitCode: string) => ({
  submitter: username('chuyenvien', unitCode),
  approver: username('lanhdao', unitCode),
});
export const officialsOf = (unitCode: string) => ({
  drafter: username('chuyenvien', unitCode),
  leader: username('lanhdao', unitCode),
  deputy: username('pho', unitCode),
});
