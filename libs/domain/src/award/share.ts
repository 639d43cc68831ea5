/**
 * Shares of a council (0.9 of the members, two thirds present) and multiples of the base salary are
 * written as decimals, but a vote is a count: "9 of 10 agree" must reach 0.9, and "6 of 9 attend" must
 * reach two thirds, although neither 0.9 nor 2/3 is exact in floating point. So every share is read as
 * the simplest fraction within one part in a billion of the number written (0.9 → 9/10, 2 / 3 →
 * 2/3, 0.6667 → 6667/10000), and counts are compared with whole numbers: count × den ≥ num × total.
 */
export interface Fraction {
  num: number;
  den: number;
}

const TOLERANCE = 1e-9;
const MAX_DENOMINATOR = 1_000_000;

/** The simplest fraction within one part in a billion of `value` (continued fractions); throws for a negative or non-finite value. */
export function simplestFraction(value: number): Fraction {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`A share or multiple must be a finite non-negative number, not ${value}`);
  const close = (num: number, den: number) => Math.abs(value - num / den) <= TOLERANCE * Math.max(1, value);
  // Convergents h/k of the continued fraction of `value`: each is the best fraction with a denominator that small.
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let rest = value;
  for (;;) {
    const whole = Math.floor(rest);
    const [h2, k2] = [whole * h1 + h0, whole * k1 + k0];
    if (k2 > MAX_DENOMINATOR) break;
    [h0, h1, k0, k1] = [h1, h2, k1, k2];
    if (close(h1, k1) || rest - whole === 0) break;
    rest = 1 / (rest - whole);
  }
  if (k1 === 0 || !close(h1, k1)) throw new RangeError(`${value} is not a fraction with a denominator up to ${MAX_DENOMINATOR}`);
  return { num: h1, den: k1 };
}

/** Whether `count` of `total` reaches `share`: at least it (the default), or more than it ("quá nửa"). Nothing of nothing reaches nothing. */
export function reachesShare(count: number, total: number, share: number, comparison: 'at_least' | 'more_than' = 'at_least'): boolean {
  if (total <= 0) return false;
  const { num, den } = simplestFraction(share);
  return comparison === 'more_than' ? count * den > num * total : count * den >= num * total;
}
