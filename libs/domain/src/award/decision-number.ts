/**
 * A decision's number and symbol as printed (Nghị định 30/2020/NĐ-CP): the issuer's sequence for the
 * year, "QĐ" for quyết định, and the issuer's code — "12/QĐ-UBND" for a People's Committee, "7/QĐ-SNV"
 * for a department.
 */
export function formatDecisionNumber(sequence: number, issuerCode: string): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`A decision's sequence is a positive whole number, not ${sequence}`);
  const code = issuerCode.trim();
  if (!code) throw new RangeError('A decision number needs the issuer code');
  return `${sequence}/QĐ-${code}`;
}
