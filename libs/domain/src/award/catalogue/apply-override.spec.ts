import type { AwardCatalogueOverride } from '../award-catalogue.types';
import { applyCatalogueOverride } from './apply-override';
import { catalogueEntry } from './catalogue-entry';
import { LUAT_2022_CATALOGUE } from './luat-2022.catalogue';

const tuyenQuang = (change: Partial<AwardCatalogueOverride>): AwardCatalogueOverride => ({
  issuer: 'UBND tỉnh Tuyên Quang',
  reference: 'Quyết định số 12/2025/QĐ-UBND của UBND tỉnh Tuyên Quang',
  validFrom: '2025-03-01',
  ...change,
});

function applied(change: Partial<AwardCatalogueOverride>) {
  const result = applyCatalogueOverride(LUAT_2022_CATALOGUE, tuyenQuang(change));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.value;
}

describe('applyCatalogueOverride', () => {
  it('changes a threshold and a posting period from its date, keeping the shipped rule for dossiers before it', () => {
    const catalogue = applied({
      entries: [
        {
          key: 'bang-khen-chu-tich-ubnd-tinh',
          council: { kind: 'vote', threshold: 2 / 3, of: 'present', quorum: 0.5, secretBallot: true },
          postingWorkingDays: 5,
          stepLimits: { appraise: 7 },
        },
      ],
    });
    const before = catalogueEntry(catalogue, 'bang-khen-chu-tich-ubnd-tinh', '2025-02-28')!;
    const after = catalogueEntry(catalogue, 'bang-khen-chu-tich-ubnd-tinh', '2025-03-01')!;
    expect(before).toMatchObject({ council: { threshold: 0.8 }, validUntil: '2025-03-01' });
    expect(before.postingWorkingDays).toBeUndefined();
    expect(after).toMatchObject({
      name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      council: { threshold: 2 / 3, of: 'present' },
      postingWorkingDays: 5,
      stepLimits: { appraise: 7 },
      validFrom: '2025-03-01',
    });
    expect(after.legalBasis).toEqual([
      'Luật Thi đua, khen thưởng 2022, Điều 79',
      'Luật Thi đua, khen thưởng 2022, Điều 84 khoản 2',
      'Quyết định số 12/2025/QĐ-UBND của UBND tỉnh Tuyên Quang',
    ]);
    expect(catalogue.version).toBe('luat-06-2022-qh15/nd-98-2023+UBND tỉnh Tuyên Quang@2025-03-01');
  });

  it('changes the default step limits, and leaves the shipped catalogue as it was', () => {
    const catalogue = applied({ stepLimits: { forward: 15 } });
    expect(catalogue.stepLimits).toEqual({ ...LUAT_2022_CATALOGUE.stepLimits, forward: 15 });
    expect(LUAT_2022_CATALOGUE.stepLimits.forward).toBe(20);
  });

  it("adds the province's own form, complete, citing its decision", () => {
    const catalogue = applied({
      entries: [
        {
          key: 'ky-niem-chuong-tuyen-quang',
          name: 'Kỷ niệm chương Vì sự nghiệp xây dựng tỉnh Tuyên Quang',
          category: 'medal',
          nomineeKinds: ['individual'],
          decidedBy: { kind: 'unit_head', units: [{ levelCode: 'tinh', unitKinds: ['ubnd'] }], title: 'Chủ tịch UBND tỉnh' },
          appraisedBy: 'Ban Thi đua – Khen thưởng tỉnh',
          processingWorkingDays: 10,
        },
      ],
    });
    expect(catalogueEntry(catalogue, 'ky-niem-chuong-tuyen-quang', '2025-02-28')).toBeUndefined();
    expect(catalogueEntry(catalogue, 'ky-niem-chuong-tuyen-quang', '2025-03-01')).toMatchObject({
      validFrom: '2025-03-01',
      legalBasis: ['Quyết định số 12/2025/QĐ-UBND của UBND tỉnh Tuyên Quang'],
    });
  });

  it('refuses a new form it cannot run: an unknown key with only a threshold', () => {
    const result = applyCatalogueOverride(
      LUAT_2022_CATALOGUE,
      tuyenQuang({ reference: undefined, entries: [{ key: 'bang-khen-ubnd-tinh', postingWorkingDays: 5 }] }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          entryKey: 'bang-khen-ubnd-tinh',
          field: 'key',
          message:
            'Danh mục không có hình thức "bang-khen-ubnd-tinh"; để thêm hình thức riêng, ghi đủ: tên (name), loại (category), đối tượng được xét tặng (nomineeKinds), người có thẩm quyền quyết định (decidedBy), cơ quan thẩm định (appraisedBy), thời hạn giải quyết (processingWorkingDays), căn cứ pháp lý (legalBasis).',
        },
      ],
    });
  });

  it('withdraws a form from its date', () => {
    const catalogue = applied({ withdrawn: ['gia-dinh-van-hoa'] });
    expect(catalogueEntry(catalogue, 'gia-dinh-van-hoa', '2025-02-28')).toBeDefined();
    expect(catalogueEntry(catalogue, 'gia-dinh-van-hoa', '2025-03-01')).toBeUndefined();
  });

  it('keeps a prerequisite on a withdrawn form checkable: those who held it still did', () => {
    const catalogue = applied({ withdrawn: ['chien-si-thi-dua-co-so'] });
    expect(catalogueEntry(catalogue, 'chien-si-thi-dua-cap-tinh', '2026-01-01')?.prerequisites?.[0]).toMatchObject({
      awardKey: 'chien-si-thi-dua-co-so',
    });
  });

  it('refuses withdrawing what is not there, changing and withdrawing one form, and values the rules cannot use', () => {
    const result = applyCatalogueOverride(
      LUAT_2022_CATALOGUE,
      tuyenQuang({
        withdrawn: ['khong-co', 'giay-khen'],
        entries: [
          { key: 'giay-khen', processingWorkingDays: 8 },
          { key: 'lao-dong-tien-tien', processingWorkingDays: 0 },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.entryKey, e.field])).toEqual([
      ['giay-khen', 'key'],
      ['khong-co', 'withdrawn'],
      ['lao-dong-tien-tien', 'processingWorkingDays'],
    ]);
  });

  it('refuses an override without a date it can read', () => {
    expect(applyCatalogueOverride(LUAT_2022_CATALOGUE, tuyenQuang({ validFrom: '1/3/2025' }))).toEqual({
      ok: false,
      errors: [{ field: 'validFrom', message: expect.stringContaining('YYYY-MM-DD') }],
    });
  });
});
