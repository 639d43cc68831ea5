import {
  formatCashReward,
  formatDecisionReference,
  formatDocumentNumber,
  formatDong,
  formatGroupedInteger,
  formatMultiple,
  formatPlaceDateLine,
  formatShortDate,
  parseIsoDate,
  rewardAmount,
} from './format';

describe('formatPlaceDateLine', () => {
  it('writes the place and the date in words', () => {
    expect(formatPlaceDateLine('Tuyên Quang', '2026-11-29')).toBe('Tuyên Quang, ngày 29 tháng 11 năm 2026');
  });

  it('puts a zero before days 1 to 9 and before months 1 and 2', () => {
    expect(formatPlaceDateLine('Tuyên Quang', '2026-02-05')).toBe('Tuyên Quang, ngày 05 tháng 02 năm 2026');
    expect(formatPlaceDateLine('Hà Nội', '2026-01-09')).toBe('Hà Nội, ngày 09 tháng 01 năm 2026');
  });

  it('writes months 3 to 12 without a zero', () => {
    expect(formatPlaceDateLine('Hà Giang', '2026-03-01')).toBe('Hà Giang, ngày 01 tháng 3 năm 2026');
    expect(formatPlaceDateLine('Hà Giang', '2026-09-10')).toBe('Hà Giang, ngày 10 tháng 9 năm 2026');
    expect(formatPlaceDateLine('Hà Giang', '2026-12-31')).toBe('Hà Giang, ngày 31 tháng 12 năm 2026');
  });

  it('trims the place name', () => {
    expect(formatPlaceDateLine('  Tuyên Quang ', '2026-11-29')).toBe('Tuyên Quang, ngày 29 tháng 11 năm 2026');
  });

  it('refuses malformed or impossible dates', () => {
    expect(() => formatPlaceDateLine('Tuyên Quang', '29/11/2026')).toThrow(RangeError);
    expect(() => formatPlaceDateLine('Tuyên Quang', '2026-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2026-13-01')).toThrow(RangeError);
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('short dates and references', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatShortDate('2026-11-29')).toBe('29/11/2026');
    expect(formatShortDate('2026-02-05')).toBe('05/02/2026');
  });

  it('pads document numbers below 10 and leaves a draft’s number blank', () => {
    expect(formatDocumentNumber(12, 'QĐ-UBND')).toBe('12/QĐ-UBND');
    expect(formatDocumentNumber(5, 'QĐ-UBND')).toBe('05/QĐ-UBND');
    expect(formatDocumentNumber(1234, 'QĐ-CT')).toBe('1234/QĐ-CT');
    expect(formatDocumentNumber(undefined, 'QĐ-UBND')).toMatch(/^\s+\/QĐ-UBND$/);
    expect(() => formatDocumentNumber(0, 'QĐ-UBND')).toThrow(RangeError);
    expect(() => formatDocumentNumber(1.5, 'QĐ-UBND')).toThrow(RangeError);
  });

  it('refers to a decision by number and date', () => {
    expect(formatDecisionReference(12, 'QĐ-UBND', '2026-11-29')).toBe('Quyết định số 12/QĐ-UBND ngày 29/11/2026');
  });
});

describe('amounts', () => {
  it('groups thousands with dots', () => {
    expect(formatGroupedInteger(0)).toBe('0');
    expect(formatGroupedInteger(999)).toBe('999');
    expect(formatGroupedInteger(1000)).toBe('1.000');
    expect(formatGroupedInteger(2340000)).toBe('2.340.000');
    expect(formatGroupedInteger(-702000)).toBe('-702.000');
    expect(() => formatGroupedInteger(1.5)).toThrow(RangeError);
  });

  it('writes đồng amounts', () => {
    expect(formatDong(702000)).toBe('702.000 đồng');
    expect(formatDong(4680000)).toBe('4.680.000 đồng');
    expect(formatDong(1500.4)).toBe('1.500 đồng');
    expect(() => formatDong(Number.NaN)).toThrow(RangeError);
  });

  it('writes multiples with a decimal comma', () => {
    expect(formatMultiple(1)).toBe('1,0');
    expect(formatMultiple(0.3)).toBe('0,3');
    expect(formatMultiple(1.5)).toBe('1,5');
    expect(formatMultiple(0.25)).toBe('0,25');
    expect(formatMultiple(15)).toBe('15,0');
  });

  it('multiplies the base salary without floating-point slips', () => {
    expect(rewardAmount(0.3, 2_340_000)).toBe(702_000);
    expect(rewardAmount(0.6, 2_340_000)).toBe(1_404_000);
    expect(rewardAmount(1, 2_340_000)).toBe(2_340_000);
    expect(rewardAmount(0.15, 1_800_000)).toBe(270_000);
    expect(rewardAmount(4.5, 2_340_000)).toBe(10_530_000);
  });

  it('writes one cash reward sentence', () => {
    expect(formatCashReward({ recipient: 'Mỗi cá nhân', multiple: 0.3, baseSalary: 2_340_000 })).toBe(
      'Mỗi cá nhân được tặng kèm theo tiền thưởng bằng 0,3 lần mức lương cơ sở, tương đương 702.000 đồng.',
    );
  });
});
