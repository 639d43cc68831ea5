import type { AwardForm } from '@tdkt/domain';
import { awardFormsFor, nominationEntriesOf, nominationValuesOf, overQuota } from './nomination-entries';

const award = (key: string, forCollective: boolean, forIndividual: boolean, quotaPerUnit?: number): AwardForm => ({
  key,
  name: key,
  decidedBy: { title: 'Chủ tịch UBND tỉnh' },
  forCollective,
  forIndividual,
  ...(quotaPerUnit === undefined ? {} : { quotaPerUnit }),
});

describe('nomination entries', () => {
  it('sends the nominee as the API takes it, a position only for a person', () => {
    expect(
      nominationEntriesOf([
        {
          nomineeKind: 'individual',
          name: ' Nguyễn Văn A ',
          position: 'Chuyên viên',
          awardFormKey: 'bang-khen',
          achievements: ' Hoàn thành xuất sắc ',
        },
        { nomineeKind: 'collective', name: 'Văn phòng UBND xã', position: 'bỏ qua', awardFormKey: 'giay-khen', achievements: 'Dẫn đầu' },
      ]),
    ).toEqual([
      {
        awardFormKey: 'bang-khen',
        nominee: { kind: 'individual', name: 'Nguyễn Văn A', position: 'Chuyên viên' },
        achievements: 'Hoàn thành xuất sắc',
      },
      { awardFormKey: 'giay-khen', nominee: { kind: 'collective', name: 'Văn phòng UBND xã' }, achievements: 'Dẫn đầu' },
    ]);
  });

  it('sends no list when there is no nomination, and reads a sent list back into the form', () => {
    expect(nominationEntriesOf([])).toBeUndefined();
    const sent = [{ awardFormKey: 'k', nominee: { kind: 'individual' as const, name: 'B', position: 'Cán bộ' }, achievements: 'x' }];
    expect(nominationEntriesOf(nominationValuesOf(sent))).toEqual(sent);
  });

  it('offers the award forms meant for the kind of nominee', () => {
    const forms = [award('tap-the', true, false), award('ca-nhan', false, true), award('ca-hai', true, true)];
    expect(awardFormsFor(forms, 'collective').map((f) => f.key)).toEqual(['tap-the', 'ca-hai']);
    expect(awardFormsFor(forms, 'individual').map((f) => f.key)).toEqual(['ca-nhan', 'ca-hai']);
  });

  it('finds the award forms nominated beyond the plan’s quota per unit', () => {
    const forms = [award('co-han', true, true, 1), award('khong-han', true, true)];
    expect(overQuota(forms, [{ awardFormKey: 'co-han' }, { awardFormKey: 'khong-han' }, { awardFormKey: 'khong-han' }])).toEqual([]);
    expect(overQuota(forms, [{ awardFormKey: 'co-han' }, { awardFormKey: 'co-han' }]).map((f) => f.key)).toEqual(['co-han']);
  });
});
