/**
 * A small plan that passes validation against the demo province: tests change one thing in it and
 * expect exactly the error that change causes.
 */
import { DEFAULT_REMINDER_POLICY, type PlanDefinition } from '../plan.types';

export function smallPlan(): PlanDefinition {
  return {
    templateKey: 'thu-nghiem',
    issuer: { unitCode: 'TQ', issuerCode: 'UBND' },
    place: 'Tuyên Quang',
    year: 2026,
    title: 'Kế hoạch phát động phong trào thi đua thử nghiệm năm 2026',
    legalBases: [{ reference: 'Luật Thi đua, khen thưởng ngày 15/6/2022' }],
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
        criteria: [{ kind: 'qualitative', key: 'pd', text: 'Phát động kịp thời' }],
      },
    ],
    awardForms: [
      {
        key: 'bk-ct',
        name: 'Bằng khen của Chủ tịch UBND tỉnh',
        decidedBy: { unitCode: 'TQ', title: 'Chủ tịch UBND tỉnh' },
        forCollective: true,
        forIndividual: true,
      },
    ],
    stages: [
      {
        key: 'gd1',
        name: 'Năm 2026',
        phases: [
          {
            key: 'phat-dong',
            kind: 'launch',
            name: 'Phát động',
            opensAt: { kind: 'date', date: '2026-03-02' },
            dueByLevel: { default: { kind: 'date', date: '2026-03-31' } },
          },
          {
            key: 'so-ket',
            kind: 'interim_review',
            name: 'Sơ kết',
            opensAt: { kind: 'workingDaysAfter', anchor: 'phat-dong.due', days: 1 },
            dueByLevel: {
              xa: { kind: 'date', date: '2026-06-10' },
              huyen: { kind: 'workingDaysAfter', anchor: 'issued', days: 70 },
              tinh: { kind: 'date', date: '2026-06-19' },
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
    reminders: { ...DEFAULT_REMINDER_POLICY, before: [...DEFAULT_REMINDER_POLICY.before] },
  };
}
