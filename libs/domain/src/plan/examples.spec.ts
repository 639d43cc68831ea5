import doanKetSangTao from '../../examples/mttq-doan-ket-sang-tao.json';
import chuyenDoiSo from '../../examples/ubnd-chuyen-doi-so.json';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { demoProvince, frontTree } from './__fixtures__/org-fixtures';
import { clonePlanForYear } from './clone-plan';
import { selectParticipants } from './participants';
import type { PlanDefinition } from './plan.types';
import { DEFAULT_REMINDER_POLICY } from './plan.types';
import { resolvePhaseSchedule } from './schedule';
import { validatePlan } from './validate-plan';

/**
 * The example plans: seeds 003 and 000 as their issuers wrote them, bound to the demo province's units and
 * to their own years. The templates made from them, written for any issuer, are tested in templates.spec.ts.
 */
function valid(plan: unknown, org: ReturnType<typeof demoProvince>): PlanDefinition {
  const result = validatePlan(plan, org);
  if (!result.ok) throw new Error(`Example refused:\n${JSON.stringify(result.errors, null, 2)}`);
  return result.value;
}

describe.each([
  ['ubnd-chuyen-doi-so', chuyenDoiSo],
  ['mttq-doan-ket-sang-tao', doanKetSangTao],
])('example plan %s', (key, template) => {
  const text = JSON.stringify(template);

  it('is stored NFC, keyed by its file name, with the default reminder policy', () => {
    expect(text.normalize('NFC')).toBe(text);
    expect(template.templateKey).toBe(key);
    expect(template.reminders).toEqual(DEFAULT_REMINDER_POLICY);
  });

  it('carries no OCR residue of unaccented Vietnamese', () => {
    for (const residue of [' nam 20', 'Uy ban', 'thi dua', 'chuyen doi', 'Doan ket', 'khen thuong', 'Thương trực']) {
      expect(text).not.toContain(residue);
    }
  });
});

describe('Tuyên Quang "Chuyển đổi số" plan (seed 003)', () => {
  const plan = valid(chuyenDoiSo, demoProvince());

  it('passes validation against the demo province, with every department, district and commune taking part', () => {
    const participants = selectParticipants(plan, demoProvince());
    expect(participants.map((p) => [p.unitCode, p.groupKey, p.reportsTo])).toEqual([
      ['TQ-SD', 'cap-huyen', 'TQ'],
      ['TQ-SD-HOPTHANH', 'cap-xa', 'TQ-SD'],
      ['TQ-SD-TUTHINH', 'cap-xa', 'TQ-SD'],
      ['TQ-SNV', 'cap-tinh', 'TQ'],
      ['TQ-STTTT', 'cap-tinh', 'TQ'],
      ['TQ-YS', 'cap-huyen', 'TQ'],
      ['TQ-YS-LANGQUAN', 'cap-xa', 'TQ-YS'],
      ['TQ-YS-THANGQUAN', 'cap-xa', 'TQ-YS'],
    ]);
  });

  it('keeps the document’s number-bearing facts: issuer, signature, per-level targets', () => {
    expect(plan.issuer).toEqual({ unitCode: 'TQ', issuerCode: 'UBND' });
    expect(plan.signature).toEqual({ capacity: 'KT', bodyName: 'ỦY BAN NHÂN DÂN', signerTitle: 'PHÓ CHỦ TỊCH' });
    const target = (group: string, key: string) => plan.participantGroups.find((g) => g.key === group)?.criteria.find((c) => c.key === key);
    expect(target('cap-tinh', 'ho-so-tthc-truc-tuyen')).toMatchObject({ target: 80, unit: '%', comparison: 'atLeast' });
    expect(target('cap-huyen', 'ho-so-cong-viec-ky-so')).toMatchObject({ target: 80 });
    expect(target('cap-xa', 'ho-so-cong-viec-mang')).toMatchObject({ target: 60 });
    expect(target('cap-xa', 'ca-nhan-can-bo')).toMatchObject({ kind: 'qualitative', appliesTo: 'individual' });
    expect(plan.awardForms.map((f) => f.name)).toEqual([
      'Huân chương Lao động',
      'Bằng khen của Thủ tướng Chính phủ',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'Giấy khen của Thủ trưởng cơ quan, tổ chức, đơn vị',
    ]);
  });

  it('has communes report before districts, and districts before provincial bodies, at the 2023 sơ kết', () => {
    const calendar = new WorkingDayCalendar();
    const issuedAt = new Date('2022-08-12T02:00:00Z');
    const due = (level: string) => resolvePhaseSchedule(plan, level, issuedAt, calendar).find((s) => s.phaseKey === 'so-ket-2023')!.dueAt!;
    expect(due('xa') < due('huyen') && due('huyen') < due('tinh')).toBe(true);
    expect(resolvePhaseSchedule(plan, 'xa', issuedAt, calendar).map((s) => s.kind)).toEqual([
      'launch',
      'implementation',
      'interim_review',
      'final_review',
      'nomination',
      'implementation',
      'final_review',
      'nomination',
    ]);
  });
});

describe('Fatherland Front "Đoàn kết sáng tạo" plan (seed 000)', () => {
  const plan = valid(doanKetSangTao, frontTree());

  it('passes validation against a Front tree: district and commune committees and member organisations', () => {
    const participants = selectParticipants(plan, frontTree());
    const byGroup = (group: string) => participants.filter((p) => p.groupKey === group).map((p) => p.unitCode);
    expect(byGroup('to-chuc-thanh-vien')).toEqual(['TQ-HCCB', 'TQ-HLHPN', 'TQ-HND', 'TQ-TINHDOAN']);
    expect(byGroup('mttq-cap-huyen')).toEqual(['TQ-MTTQ-SD', 'TQ-MTTQ-YS']);
    expect(byGroup('mttq-cap-xa')).toHaveLength(4);
    expect(participants.filter((p) => p.levelCode !== 'xa').every((p) => p.reportsTo === 'TQ-MTTQ')).toBe(true);
  });

  it('keeps the five initiative criteria and the provincial standing board’s signature', () => {
    expect(plan.initiativeAppraisal?.criteria.map((c) => c.text.split(':')[0])).toEqual([
      'Tính mới',
      'Tính phù hợp',
      'Tính tập thể',
      'Tính thiết thực, hiệu quả',
      'Tính kinh tế',
    ]);
    expect(plan.signature).toEqual({ capacity: 'TM', bodyName: 'BAN THƯỜNG TRỰC', signerTitle: 'CHỦ TỊCH' });
  });

  it('re-issued for 2021 (seed 002) is valid, with the year moved on and every date a year later, off weekends', () => {
    const reissued = valid(clonePlanForYear(plan, 2021), frontTree());
    expect(reissued.year).toBe(2021);
    expect(reissued.templateKey).toBe('mttq-doan-ket-sang-tao');
    expect(reissued.title).toBe(
      'Triển khai thực hiện phong trào “Đoàn kết sáng tạo” nâng cao năng suất, hiệu quả, hội nhập quốc tế trên địa bàn tỉnh Bắc Kạn năm 2021',
    );
    const [launch, , review] = reissued.stages[0].phases;
    // 27 Feb, 13 Nov and 20 Nov 2021 are Saturdays: each moves to the Monday after.
    expect(launch.opensAt).toEqual({ kind: 'date', date: '2021-03-01' });
    expect(review.dueByLevel).toEqual({
      xa: { kind: 'date', date: '2021-11-15' },
      huyen: { kind: 'date', date: '2021-11-22' },
      tinh: { kind: 'date', date: '2021-11-22' },
    });
  });
});
