import type { IssuerConvention } from './issuer-convention.types';

/** "155/KH-UBND" for a People's Committee, "12-KH/TU" for a provincial party committee: the format is the issuer's convention. */
export function formatPlanNumber(convention: Pick<IssuerConvention, 'planNumberFormat'>, sequence: number, issuerCode: string): string {
  return convention.planNumberFormat.replace('<n>', String(sequence)).replace('<code>', issuerCode);
}

/** The sequence a printed number starts with, in either form ("155/KH-UBND", "12-KH/TU"). */
export function sequenceOfPlanNumber(number: string): number {
  const digits = /^\d+/.exec(number);
  if (!digits) throw new Error(`"${number}" does not start with its sequence number`);
  return Number(digits[0]);
}
