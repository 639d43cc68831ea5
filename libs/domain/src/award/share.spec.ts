import { reachesShare, simplestFraction } from './share';

describe('shares compared as whole numbers', () => {
  it('reads decimals and thirds as the fractions people mean', () => {
    expect(simplestFraction(0.9)).toEqual({ num: 9, den: 10 });
    expect(simplestFraction(0.8)).toEqual({ num: 4, den: 5 });
    expect(simplestFraction(2 / 3)).toEqual({ num: 2, den: 3 });
    expect(simplestFraction(0.6667)).toEqual({ num: 6667, den: 10000 });
    expect(simplestFraction(4.5)).toEqual({ num: 9, den: 2 });
    expect(simplestFraction(0.3)).toEqual({ num: 3, den: 10 });
    expect(simplestFraction(1)).toEqual({ num: 1, den: 1 });
    expect(simplestFraction(0)).toEqual({ num: 0, den: 1 });
  });

  it('refuses what is not a share', () => {
    expect(() => simplestFraction(-0.1)).toThrow(RangeError);
    expect(() => simplestFraction(Number.NaN)).toThrow(RangeError);
  });

  it('lets 9 of 10 reach 90% and 6 of 9 reach two thirds', () => {
    expect(reachesShare(9, 10, 0.9)).toBe(true);
    expect(reachesShare(27, 30, 0.9)).toBe(true);
    expect(reachesShare(26, 30, 0.9)).toBe(false);
    expect(reachesShare(6, 9, 2 / 3)).toBe(true);
    expect(reachesShare(5, 9, 2 / 3)).toBe(false);
  });

  it('tells "at least half" from "more than half"', () => {
    expect(reachesShare(5, 10, 0.5)).toBe(true);
    expect(reachesShare(5, 10, 0.5, 'more_than')).toBe(false);
    expect(reachesShare(6, 10, 0.5, 'more_than')).toBe(true);
  });

  it('lets nothing reach a share of no one', () => {
    expect(reachesShare(0, 0, 0)).toBe(false);
  });
});
