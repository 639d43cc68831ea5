import { awardAmount } from './award-amount';
import { LUAT_2022_CATALOGUE } from './catalogue/luat-2022.catalogue';

const multiple = (key: string) => LUAT_2022_CATALOGUE.entries.find((e) => e.key === key)!;

describe('awardAmount', () => {
  it('multiplies the base salary of 01/07/2024 by the multiples of Điều 54, in whole đồng', () => {
    const base = LUAT_2022_CATALOGUE.baseSalary;
    expect(awardAmount(multiple('lao-dong-tien-tien'), base)).toBe(702_000);
    expect(awardAmount(multiple('tap-the-lao-dong-tien-tien'), base)).toBe(1_872_000);
    expect(awardAmount(multiple('chien-si-thi-dua-co-so'), base)).toBe(2_340_000);
    expect(awardAmount(multiple('chien-si-thi-dua-toan-quoc'), base)).toBe(10_530_000);
    expect(awardAmount(multiple('co-thi-dua-chinh-phu'), base)).toBe(28_080_000);
  });

  it('rounds to the whole đồng, half up', () => {
    expect(awardAmount({ amountMultiple: 0.3 }, 1_000_001)).toBe(300_000);
    expect(awardAmount({ amountMultiple: 1.5 }, 1_000_001)).toBe(1_500_002);
    expect(awardAmount({ amountMultiple: 0.25 }, 2)).toBe(1);
  });

  it('has no amount for a form without a multiple', () => {
    expect(awardAmount(multiple('giay-khen'), 2_340_000)).toBeUndefined();
  });

  it('refuses a base salary that is not whole đồng', () => {
    expect(() => awardAmount({ amountMultiple: 1 }, 1.5)).toThrow(RangeError);
  });
});
