import type { Prerequisite } from './award-catalogue.types';
import { LUAT_2022_CATALOGUE } from './catalogue/luat-2022.catalogue';
import type { AwardRecord, Nomination } from './nomination.types';
import { unmetPrerequisites } from './prerequisites';

const threeYears: Prerequisite = { kind: 'held_consecutively', awardKey: 'chien-si-thi-dua-co-so', years: 3, text: 'CSTĐCS 3 năm liền' };
const nomination: Nomination = {
  nominee: { kind: 'individual', fullName: 'Nguyễn Văn An', personalId: '008091000123', position: 'Chuyên viên' },
  achievements: 'Tốt',
};
const record = (nomineeKey: string, awardKey: string, year: number): AwardRecord => ({
  nomineeKey,
  nomineeKind: 'individual',
  awardKey,
  year,
  decisionNumber: '1/QĐ-UBND',
});

describe('unmetPrerequisites', () => {
  const check = (history: AwardRecord[], year = 2026) =>
    unmetPrerequisites([threeYears], nomination, 'cccd:008091000123', year, history, LUAT_2022_CATALOGUE).map((u) => u.missing);

  it('needs the award in each of the years just before the list’s year', () => {
    const history = [2023, 2024, 2025].map((y) => record('cccd:008091000123', 'chien-si-thi-dua-co-so', y));
    expect(check(history)).toEqual([]);
    expect(check(history, 2027)).toEqual(['lịch sử khen thưởng chưa có "Chiến sĩ thi đua cơ sở" năm 2026']);
  });

  it('does not count another nominee’s awards, another award, or the list’s own year', () => {
    const history = [
      record('cccd:008091000999', 'chien-si-thi-dua-co-so', 2023),
      record('cccd:008091000123', 'lao-dong-tien-tien', 2024),
      record('cccd:008091000123', 'chien-si-thi-dua-co-so', 2025),
      record('cccd:008091000123', 'chien-si-thi-dua-co-so', 2026),
    ];
    expect(check(history)).toEqual(['lịch sử khen thưởng chưa có "Chiến sĩ thi đua cơ sở" năm 2023, 2024']);
  });

  it('needs an initiative with who recognised it', () => {
    const initiative: Prerequisite = { kind: 'initiative_recognised', text: 'Có sáng kiến được công nhận' };
    const unmet = (n: Nomination) => unmetPrerequisites([initiative], n, 'k', 2026, [], LUAT_2022_CATALOGUE);
    expect(unmet({ ...nomination, initiative: { title: 'Sổ tay', recognisedBy: 'Hội đồng sáng kiến huyện' } })).toEqual([]);
    expect(unmet({ ...nomination, initiative: { title: 'Sổ tay', recognisedBy: ' ' } })[0].field).toBe('initiative.recognisedBy');
  });
});
