import type { OrgImport } from '@tdkt/domain';
import { DEMO_PASSWORD } from './system-under-test';

/** More communes of Yên Sơn and Sơn Dương, so the demo province has 20+ participants over three levels. */
const EXTRA_COMMUNES: Record<string, string[]> = {
  'TQ-YS': ['Trung Môn', 'Chân Sơn', 'Kim Phú', 'Phú Thịnh', 'Nhữ Hán', 'Mỹ Bằng'],
  'TQ-SD': ['Sơn Nam', 'Đại Phú', 'Phúc Ứng', 'Thượng Ấm', 'Vĩnh Lợi', 'Cấp Tiến'],
};

const slug = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').replace(/\s+/g, '').toUpperCase();

export function tuyenQuangExtension(): OrgImport {
  const units = Object.entries(EXTRA_COMMUNES).flatMap(([district, names]) =>
    names.map((name) => ({
      code: `${district}-${slug(name)}`,
      name: `Ủy ban nhân dân xã ${name}`,
      levelCode: 'xa',
      kind: 'ubnd',
      parentCode: district,
    })),
  );
  const official = (username: string, unitCode: string, role: 'leader' | 'specialist' | 'deputy_leader', fullName: string) => ({
    username,
    fullName,
    email: `${username}@tuyenquang.demo.gov.vn`,
    unitCode,
    roles: [role],
    password: DEMO_PASSWORD,
  });
  return {
    levels: [],
    units,
    officials: [
      ...units.flatMap((u) => [
        official(`lanhdao.${u.code.toLowerCase()}`, u.code, 'leader', 'Lãnh đạo xã'),
        official(`chuyenvien.${u.code.toLowerCase()}`, u.code, 'specialist', 'Công chức xã'),
      ]),
      official('lanhdao.stttt', 'TQ-STTTT', 'leader', 'Giám đốc Sở TT&TT'),
      official('chuyenvien.stttt', 'TQ-STTTT', 'specialist', 'Chuyên viên Sở TT&TT'),
      official('pho.ys', 'TQ-YS', 'deputy_leader', 'Phó Chủ tịch UBND huyện Yên Sơn'),
    ],
  };
}

/** Thắng Quân's office clerk, a specialist a leader of the commune may delegate to (TUQ.). */
export const THANGQUAN_CLERK = { username: 'vanphong.ys-thangquan', fullName: 'Trần Thị Phương', unitCode: 'TQ-YS-THANGQUAN' };

/** The extended province with the commune's clerk among its officials. */
export function tuyenQuangWithClerk(): OrgImport {
  const org = tuyenQuangExtension();
  const clerk = {
    ...THANGQUAN_CLERK,
    email: `${THANGQUAN_CLERK.username}@tuyenquang.demo.gov.vn`,
    roles: ['specialist' as const],
    password: DEMO_PASSWORD,
  };
  return { ...org, officials: [...org.officials, clerk] };
}

/** Who prepares and who approves each participant's reports, by unit code. */
export function actorsOf(unitCode: string): { submitter: string; approver: string } {
  const fixed: Record<string, { submitter: string; approver: string }> = {
    TQ: { submitter: 'chuyenvien.tinh', approver: 'lanhdao.tinh' },
    'TQ-SNV': { submitter: 'lanhdao.snv', approver: 'lanhdao.snv' },
    'TQ-STTTT': { submitter: 'chuyenvien.stttt', approver: 'lanhdao.stttt' },
    'TQ-YS': { submitter: 'chuyenvien.ys', approver: 'lanhdao.ys' },
    'TQ-SD': { submitter: 'chuyenvien.sd', approver: 'lanhdao.sd' },
  };
  if (fixed[unitCode]) return fixed[unitCode];
  const demoSuffix = unitCode.replace(/^TQ-/, '').toLowerCase();
  const isDemoCommune = ['ys-thangquan', 'ys-langquan', 'sd-tuthinh', 'sd-hopthanh'].includes(demoSuffix);
  const suffix = isDemoCommune ? demoSuffix : unitCode.toLowerCase();
  return { submitter: `chuyenvien.${suffix}`, approver: `lanhdao.${suffix}` };
}
