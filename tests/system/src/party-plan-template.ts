import { DEFAULT_REMINDER_POLICY } from '@tdkt/domain';

const workingDaysAfterIssue = (days: number) => ({ kind: 'workingDaysAfter', anchor: 'issued', days });
const atIssue = { kind: 'durationAfter', anchor: 'issued', duration: '0s' };

/**
 * A small template an administrator adds for party committees: a year's "Dân vận khéo" emulation in the
 * committee's own line (district committees, then commune committees), signed by the standing committee.
 * Written for any party committee: its units, levels and year are placeholders.
 */
export function partyPlanTemplate() {
  return {
    templateKey: 'dang-uy-dan-van-kheo',
    issuerKinds: ['tinh_uy', 'huyen_uy'],
    plan: {
      issuer: { unitCode: '{{issuer}}', issuerCode: '{{issuerCode}}' },
      place: '{{place}}',
      year: '{{year}}',
      title: 'Kế hoạch phát động phong trào thi đua “Dân vận khéo” năm {{year}}',
      legalBases: [{ reference: 'Luật Thi đua, khen thưởng ngày 15/6/2022' }],
      purposes: ['Phát hiện, biểu dương các mô hình “Dân vận khéo” trong toàn Đảng bộ.'],
      requirements: ['Các cấp ủy trực thuộc xây dựng kế hoạch hưởng ứng, báo cáo kết quả đúng thời hạn.'],
      participants: { levels: ['{{level+1}}', '{{level+2}}'], kinds: ['huyen_uy', 'dang_uy'] },
      participantGroups: [
        {
          key: 'cap-uy-truc-thuoc',
          label: 'Các cấp ủy trực thuộc',
          match: {},
          criteria: [{ kind: 'qualitative', key: 'mo-hinh', text: 'Có mô hình “Dân vận khéo” được công nhận trong năm {{year}}' }],
        },
      ],
      awardForms: [
        {
          key: 'giay-khen-btv',
          name: 'Giấy khen của Ban Thường vụ',
          decidedBy: { unitCode: '{{issuer}}', title: 'Ban Thường vụ' },
          forCollective: true,
          forIndividual: true,
        },
      ],
      stages: [
        {
          key: 'nam-{{year}}',
          name: 'Năm {{year}}',
          phases: [
            {
              key: 'phat-dong',
              kind: 'launch',
              name: 'Xây dựng kế hoạch hưởng ứng',
              opensAt: atIssue,
              dueByLevel: {
                '{{level+2}}': workingDaysAfterIssue(10),
                '{{level+1}}': workingDaysAfterIssue(15),
                '{{level}}': workingDaysAfterIssue(20),
              },
            },
            {
              key: 'tong-ket',
              kind: 'final_review',
              name: 'Báo cáo kết quả phong trào năm {{year}}',
              opensAt: workingDaysAfterIssue(20),
              dueByLevel: {
                '{{level+2}}': workingDaysAfterIssue(40),
                '{{level+1}}': workingDaysAfterIssue(50),
                '{{level}}': workingDaysAfterIssue(55),
              },
            },
          ],
        },
      ],
      responsibilities: [{ party: 'Ban Dân vận', role: 'lead', tasks: ['Theo dõi, tổng hợp kết quả, tham mưu sơ kết, tổng kết.'] }],
      recipients: ['Các cấp ủy trực thuộc', 'Lưu Văn phòng'],
      signature: { capacity: 'TM', bodyName: 'BAN THƯỜNG VỤ', signerTitle: 'PHÓ BÍ THƯ' },
      approvalChain: [{ key: 'sign', label: 'Ký ban hành (T/M Ban Thường vụ)', roles: ['leader', 'deputy_leader'], signs: true }],
      reminders: DEFAULT_REMINDER_POLICY,
    },
  };
}
