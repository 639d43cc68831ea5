import type { PlanDefinition } from '@tdkt/domain';
import type { ReadUnit } from './org-snapshot';

// For the unit tests next to this file only: the demo province as GET /units answers, and a small plan that runs in it.

const unit = (code: string, name: string, levelCode: string, kind: string, parentCode: string | null): ReadUnit => ({
  code,
  name,
  levelCode,
  kind,
  parentCode,
  issuerCode: kind === 'ubnd' ? 'UBND' : null,
});

const TQ = unit('TQ', 'Ủy ban nhân dân tỉnh Tuyên Quang', 'tinh', 'ubnd', null);
const SNV = unit('TQ-SNV', 'Sở Nội vụ', 'tinh', 'so', 'TQ');
const STTTT = unit('TQ-STTTT', 'Sở Thông tin và Truyền thông', 'tinh', 'so', 'TQ');
const YS = unit('TQ-YS', 'Ủy ban nhân dân huyện Yên Sơn', 'huyen', 'ubnd', 'TQ');
const SD = unit('TQ-SD', 'Ủy ban nhân dân huyện Sơn Dương', 'huyen', 'ubnd', 'TQ');
const THANGQUAN = unit('TQ-YS-THANGQUAN', 'Ủy ban nhân dân xã Thắng Quân', 'xa', 'ubnd', 'TQ-YS');
const LANGQUAN = unit('TQ-YS-LANGQUAN', 'Ủy ban nhân dân xã Lang Quán', 'xa', 'ubnd', 'TQ-YS');

/** What the page has read after discovering the levels: TQ, then Yên Sơn, then Thắng Quân (a leaf). */
export function readDemoProvince(): Map<string, ReadUnit> {
  return new Map([
    ['TQ', { ...TQ, children: [SD, SNV, STTTT, YS] }],
    ['TQ-YS', { ...YS, children: [LANGQUAN, THANGQUAN] }],
    ['TQ-YS-THANGQUAN', { ...THANGQUAN, children: [] }],
  ]);
}

export function demoPlan(): PlanDefinition {
  return {
    templateKey: 'thu-nghiem',
    issuer: { unitCode: 'TQ', issuerCode: 'UBND' },
    place: 'Tuyên Quang',
    year: 2027,
    title: 'Kế hoạch phát động phong trào thi đua thử nghiệm năm 2027',
    legalBases: [{ reference: 'Luật Thi đua, khen thưởng ngày 15/6/2022', summary: 'Luật số 06/2022/QH15' }],
    purposes: ['Thử nghiệm'],
    requirements: [],
    participants: { levels: ['tinh', 'huyen', 'xa'], kinds: ['so', 'ubnd'] },
    participantGroups: [
      {
        key: 'cap-tinh',
        label: 'Cơ quan cấp tỉnh',
        match: { levels: ['tinh'] },
        criteria: [
          {
            kind: 'kpi',
            key: 'tthc',
            text: 'Hồ sơ TTHC xử lý trực tuyến',
            target: 80,
            unit: '%',
            comparison: 'atLeast',
            aggregate: 'average',
          },
        ],
      },
      {
        key: 'dia-phuong',
        label: 'Cấp huyện, cấp xã',
        match: { levels: ['huyen', 'xa'] },
        criteria: [{ kind: 'qualitative', key: 'pd', text: 'Phát động kịp thời', appliesTo: 'collective' }],
      },
    ],
    awardForms: [
      {
        key: 'bk-ct',
        name: 'Bằng khen của Chủ tịch UBND tỉnh',
        decidedBy: { unitCode: 'TQ', title: 'Chủ tịch UBND tỉnh' },
        forCollective: true,
        forIndividual: true,
        quotaPerUnit: 2,
      },
    ],
    stages: [
      {
        key: 'gd1',
        name: 'Năm 2027',
        phases: [
          {
            key: 'phat-dong',
            kind: 'launch',
            name: 'Phát động',
            // Thursday 12 August 2027.
            opensAt: { kind: 'date', date: '2027-08-12' },
            dueByLevel: { default: { kind: 'workingDaysAfter', anchor: 'phat-dong.opens', days: 15 } },
          },
          {
            key: 'trien-khai',
            kind: 'implementation',
            name: 'Triển khai',
            opensAt: { kind: 'date', date: '2027-10-01' },
            dueByLevel: { default: { kind: 'date', date: '2027-10-30' } },
            progressEvery: { months: 1 },
          },
          {
            key: 'so-ket',
            kind: 'interim_review',
            name: 'Sơ kết',
            opensAt: { kind: 'workingDaysAfter', anchor: 'phat-dong.due', days: 1 },
            dueByLevel: {
              xa: { kind: 'date', date: '2027-11-10' },
              huyen: { kind: 'date', date: '2027-11-17' },
              tinh: { kind: 'announcedLater' },
            },
          },
        ],
      },
    ],
    responsibilities: [{ party: 'Sở Nội vụ', unitCode: 'TQ-SNV', role: 'lead', tasks: ['Theo dõi, tổng hợp'] }],
    recipients: ['Như trên'],
    signature: { capacity: 'KT', bodyName: 'ỦY BAN NHÂN DÂN', signerTitle: 'PHÓ CHỦ TỊCH' },
    approvalChain: [
      { key: 'office', label: 'Lãnh đạo Sở Nội vụ thẩm định', unitCode: 'TQ-SNV', roles: ['leader'] },
      { key: 'sign', label: 'Ký ban hành', roles: ['leader', 'deputy_leader'], signs: true },
    ],
    reminders: { before: ['7d', '3d', '1d', '0s'], overdueEvery: '1d', escalateAfter: '3d' },
  };
}
