import { capacityCode, signatureLines, signingCapacity } from '../signing/signing-capacity';
import { issuerConventionFor } from './issuer-conventions';
import { formatPlanNumber, sequenceOfPlanNumber } from './plan-number';
import { signingBodyFor } from './signing-body-for';

describe('issuers’ document conventions', () => {
  it('numbers a state body’s plan "<n>/KH-<code>" (Nghị định 30/2020/NĐ-CP)', () => {
    expect(formatPlanNumber(issuerConventionFor('ubnd'), 155, 'UBND')).toBe('155/KH-UBND');
    expect(formatPlanNumber(issuerConventionFor('mttq'), 46, 'MTTQ-BTT')).toBe('46/KH-MTTQ-BTT');
    expect(formatPlanNumber(issuerConventionFor('so'), 3, 'SNV')).toBe('3/KH-SNV');
  });

  it('numbers a party committee’s plan "<n>-KH/<code>" (Hướng dẫn 36-HD/VPTW)', () => {
    expect(formatPlanNumber(issuerConventionFor('tinh_uy'), 12, 'TU')).toBe('12-KH/TU');
    expect(formatPlanNumber(issuerConventionFor('huyen_uy'), 8, 'HU')).toBe('8-KH/HU');
    expect(formatPlanNumber(issuerConventionFor('dang_uy'), 5, 'ĐU')).toBe('5-KH/ĐU');
    expect(['tinh_uy', 'huyen_uy', 'dang_uy'].map((kind) => issuerConventionFor(kind).defaultIssuerCode)).toEqual(['TU', 'HU', 'ĐU']);
  });

  it('reads the sequence back from either form', () => {
    expect(sequenceOfPlanNumber('155/KH-UBND')).toBe(155);
    expect(sequenceOfPlanNumber('12-KH/TU')).toBe(12);
  });

  it('falls back to the state form, without signing rules, for a kind not described', () => {
    const unknown = issuerConventionFor('hoi_doan_the');
    expect(formatPlanNumber(unknown, 2, 'HND')).toBe('2/KH-HND');
    expect(unknown.signing).toBeUndefined();
    expect(signingBodyFor('hoi_doan_the', { capacity: 'TM', bodyName: 'BAN THƯỜNG VỤ', signerTitle: 'CHỦ TỊCH' })).toBeUndefined();
    expect(issuerConventionFor('toString').system).toBe('state');
  });

  it('signs for a party committee as its standing committee, a deputy secretary in their own title, printed "T/M"', () => {
    const printed = { capacity: 'TM' as const, bodyName: 'BAN THƯỜNG VỤ', signerTitle: 'PHÓ BÍ THƯ' };
    for (const kind of ['tinh_uy', 'huyen_uy', 'dang_uy']) {
      const body = signingBodyFor(kind, printed)!;
      const deputy = signingCapacity(body, { as: 'deputy' });
      expect(capacityCode(deputy)).toBe('TM');
      expect(signatureLines(deputy, 'Trần Thị B')).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Trần Thị B']);
      expect(signatureLines(signingCapacity(body, { as: 'head' }))).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']);
    }
  });

  it('prints the collective the plan names: a commune party committee without a standing committee signs "T/M ĐẢNG ỦY"', () => {
    const body = signingBodyFor('dang_uy', { capacity: 'TM', bodyName: 'ĐẢNG ỦY', signerTitle: 'BÍ THƯ' })!;
    expect(signatureLines(signingCapacity(body, { as: 'head' }))).toEqual(['T/M ĐẢNG ỦY', 'BÍ THƯ']);
  });

  it('keeps the state bodies’ signatures as the seeds print them', () => {
    const committee = signingBodyFor('ubnd', { capacity: 'KT', bodyName: 'ỦY BAN NHÂN DÂN', signerTitle: 'PHÓ CHỦ TỊCH' })!;
    expect(signatureLines(signingCapacity(committee, { as: 'deputy' }))).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    const front = signingBodyFor('mttq', { capacity: 'TM', bodyName: 'BAN THƯỜNG TRỰC', signerTitle: 'PHÓ CHỦ TỊCH' })!;
    expect(signatureLines(signingCapacity(front, { as: 'deputy' }))).toEqual(['TM. BAN THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH']);
  });
});
