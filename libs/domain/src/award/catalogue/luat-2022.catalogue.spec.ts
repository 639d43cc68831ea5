import { NOMINEE_KINDS } from '../award-catalogue.types';
import { checkCatalogue } from './check-catalogue';
import { LUAT_2022_CATALOGUE } from './luat-2022.catalogue';
import { SHIPPED_AWARD_CATALOGUES } from './shipped-catalogues';

const entry = (key: string) => {
  const found = LUAT_2022_CATALOGUE.entries.find((e) => e.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};

describe('the shipped catalogue', () => {
  it.each(SHIPPED_AWARD_CATALOGUES.map((c) => [c.version, c] as const))('%s passes its own checks', (_version, catalogue) => {
    expect(checkCatalogue(catalogue)).toEqual([]);
  });

  it.each(LUAT_2022_CATALOGUE.entries.map((e) => [e.key, e] as const))(
    '%s cites its legal basis and names only known kinds and awards',
    (_key, e) => {
      expect(e.legalBasis.length).toBeGreaterThan(0);
      for (const basis of e.legalBasis) expect(basis).toMatch(/^(Luật Thi đua, khen thưởng 2022|Nghị định 98\/2023\/NĐ-CP), Điều \d+/);
      for (const kind of e.nomineeKinds) expect(NOMINEE_KINDS).toContain(kind);
      for (const prerequisite of e.prerequisites ?? []) {
        if (prerequisite.kind === 'held_consecutively')
          expect(LUAT_2022_CATALOGUE.entries.map((x) => x.key)).toContain(prerequisite.awardKey);
      }
    },
  );

  it('has every form the province works with', () => {
    expect(LUAT_2022_CATALOGUE.entries.map((e) => e.key)).toEqual([
      'huan-chuong-lao-dong-hang-ba',
      'chien-si-thi-dua-toan-quoc',
      'bang-khen-thu-tuong',
      'co-thi-dua-chinh-phu',
      'co-thi-dua-ubnd-tinh',
      'tap-the-lao-dong-xuat-sac',
      'chien-si-thi-dua-cap-tinh',
      'bang-khen-chu-tich-ubnd-tinh',
      'tap-the-lao-dong-tien-tien',
      'chien-si-thi-dua-co-so',
      'lao-dong-tien-tien',
      'giay-khen',
      'gia-dinh-van-hoa',
      'thon-to-dan-pho-van-hoa',
    ]);
  });

  it('encodes what LAW.md verified: posting for the Huân chương, the central deciders, the multiples of Điều 54', () => {
    expect(entry('huan-chuong-lao-dong-hang-ba')).toMatchObject({
      decidedBy: { kind: 'central', body: 'chu_tich_nuoc' },
      postingWorkingDays: 10,
      council: { kind: 'vote' },
    });
    expect(entry('chien-si-thi-dua-toan-quoc').decidedBy).toMatchObject({ kind: 'central', body: 'thu_tuong' });
    expect(entry('co-thi-dua-chinh-phu').decidedBy).toMatchObject({ kind: 'central', body: 'chinh_phu' });
    expect(
      Object.fromEntries(LUAT_2022_CATALOGUE.entries.filter((e) => e.amountMultiple !== undefined).map((e) => [e.key, e.amountMultiple])),
    ).toEqual({
      'co-thi-dua-chinh-phu': 12,
      'chien-si-thi-dua-toan-quoc': 4.5,
      'chien-si-thi-dua-cap-tinh': 3,
      'tap-the-lao-dong-xuat-sac': 1.5,
      'thon-to-dan-pho-van-hoa': 1.5,
      'chien-si-thi-dua-co-so': 1,
      'tap-the-lao-dong-tien-tien': 0.8,
      'lao-dong-tien-tien': 0.3,
    });
    expect(entry('gia-dinh-van-hoa').nomineeKinds).toEqual(['household']);
    expect(entry('chien-si-thi-dua-co-so').prerequisites).toEqual([expect.objectContaining({ kind: 'initiative_recognised' })]);
    expect(LUAT_2022_CATALOGUE.baseSalary).toBe(2_340_000);
  });
});

describe('checkCatalogue', () => {
  const withEntry = (change: object) => ({
    ...LUAT_2022_CATALOGUE,
    entries: LUAT_2022_CATALOGUE.entries.map((e) => (e.key === 'chien-si-thi-dua-cap-tinh' ? { ...e, ...change } : e)),
  });

  it('refuses an entry without a legal basis', () => {
    expect(checkCatalogue(withEntry({ legalBasis: [] }))).toEqual([
      { entryKey: 'chien-si-thi-dua-cap-tinh', field: 'legalBasis', message: expect.stringContaining('căn cứ pháp lý') },
    ]);
  });

  it('refuses an unknown kind of nominee', () => {
    expect(checkCatalogue(withEntry({ nomineeKinds: ['individual', 'hop_tac_xa'] }))).toEqual([
      { entryKey: 'chien-si-thi-dua-cap-tinh', field: 'nomineeKinds', message: expect.stringContaining('"hop_tac_xa" không có') },
    ]);
  });

  it('refuses a prerequisite on an award the catalogue does not have', () => {
    const problems = checkCatalogue(
      withEntry({ prerequisites: [{ kind: 'held_consecutively', awardKey: 'cstd-co-so', years: 3, text: 'Ba năm CSTĐCS' }] }),
    );
    expect(problems).toEqual([
      {
        entryKey: 'chien-si-thi-dua-cap-tinh',
        field: 'prerequisites',
        message: 'Hình thức "Chiến sĩ thi đua cấp tỉnh" yêu cầu đã đạt "cstd-co-so", nhưng danh mục không có hình thức này.',
      },
    ]);
  });

  it('refuses shares a vote cannot reach, and limits that are not whole working days', () => {
    const problems = checkCatalogue({
      ...withEntry({ council: { kind: 'vote', threshold: 90, of: 'members', quorum: 0.5, secretBallot: true } }),
      stepLimits: { ...LUAT_2022_CATALOGUE.stepLimits, post: 2.5 },
    });
    expect(problems.map((p) => p.field)).toEqual(['stepLimits.post', 'council.threshold']);
  });

  it('refuses two versions of one key in force on the same day, but accepts one following the other', () => {
    const base = entry('giay-khen');
    const twice = (first: object, second: object) => ({
      ...LUAT_2022_CATALOGUE,
      entries: [
        { ...base, ...first },
        { ...base, ...second },
      ],
    });
    expect(checkCatalogue(twice({ validUntil: '2026-01-01' }, { validFrom: '2026-01-01' }))).toEqual([]);
    expect(checkCatalogue(twice({}, { validFrom: '2026-01-01' }))).toEqual([
      { entryKey: 'giay-khen', field: 'validFrom', message: expect.stringContaining('hai phiên bản cùng hiệu lực') },
    ]);
  });
});
