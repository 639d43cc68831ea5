/**
 * The bonus that goes with an award: its multiple of the base salary (NĐ 98/2023/NĐ-CP Điều 54) times
 * the base salary in force when it is decided, in whole đồng, half a đồng rounded up. Computed in whole
 * numbers (share.ts reads 0.3 as 3/10), so 0.3 × 2,340,000 is exactly 702,000.
 */
import type { AwardCatalogueEntry } from './award-catalogue.types';
import { simplestFraction } from './share';

/** undefined for a form without a multiple in the catalogue. */
export function awardAmount(entry: Pick<AwardCatalogueEntry, 'amountMultiple'>, baseSalary: number): number | undefined {
  if (entry.amountMultiple === undefined) return undefined;
  if (!Number.isInteger(baseSalary) || baseSalary < 0) throw new RangeError(`The base salary is a whole number of đồng, not ${baseSalary}`);
  const { num, den } = simplestFraction(entry.amountMultiple);
  // round(num × base / den), half up: ⌊(2 × num × base + den) / (2 × den)⌋.
  return Number((2n * BigInt(num) * BigInt(baseSalary) + BigInt(den)) / (2n * BigInt(den)));
}
