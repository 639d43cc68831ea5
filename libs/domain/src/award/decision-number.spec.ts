import { formatDecisionNumber } from './decision-number';

describe('formatDecisionNumber', () => {
  it('prints the sequence, QĐ and the issuer code', () => {
    expect(formatDecisionNumber(12, 'UBND')).toBe('12/QĐ-UBND');
    expect(formatDecisionNumber(7, ' SNV ')).toBe('7/QĐ-SNV');
  });

  it('refuses a number it could not print', () => {
    expect(() => formatDecisionNumber(0, 'UBND')).toThrow(RangeError);
    expect(() => formatDecisionNumber(1.5, 'UBND')).toThrow(RangeError);
    expect(() => formatDecisionNumber(3, '')).toThrow(RangeError);
  });
});
