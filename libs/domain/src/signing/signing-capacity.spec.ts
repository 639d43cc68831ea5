import { signatureLines, signingCapacity } from './signing-capacity';
import type { SigningBody } from './signing.types';

/** The bodies of the seeds: a provincial People's Committee, the Front's standing board, a department. */
const provincialCommittee: SigningBody = {
  regime: 'collective',
  collectiveName: 'ỦY BAN NHÂN DÂN',
  headTitle: 'CHỦ TỊCH',
  deputyTitle: 'PHÓ CHỦ TỊCH',
};
const frontStandingBoard: SigningBody = {
  regime: 'collective',
  collectiveName: 'BAN THƯỜNG TRỰC',
  headTitle: 'CHỦ TỊCH',
  deputyTitle: 'PHÓ CHỦ TỊCH',
  deputiesSignOnBehalf: true,
};
const department: SigningBody = { regime: 'head_led', headTitle: 'GIÁM ĐỐC', deputyTitle: 'PHÓ GIÁM ĐỐC' };
/** A party committee's standing committee, which prints its capacities as the party's rules do. */
const partyStandingCommittee: SigningBody = {
  regime: 'collective',
  collectiveName: 'BAN THƯỜNG VỤ',
  headTitle: 'BÍ THƯ',
  deputyTitle: 'PHÓ BÍ THƯ',
  deputiesSignOnBehalf: true,
  marks: { TM: 'T/M', KT: 'K/T', TL: 'T/L' },
};

describe('signing capacity as the documents write it', () => {
  it('reproduces seed 003: the Vice-Chair signs on behalf of the People’s Committee, in place of the Chair', () => {
    expect(signatureLines(signingCapacity(provincialCommittee, { as: 'deputy' }), 'Hoàng Việt Phương')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Hoàng Việt Phương',
    ]);
  });

  it('reproduces seed 000: the Chair signs on behalf of the Front’s standing board', () => {
    expect(signatureLines(signingCapacity(frontStandingBoard, { as: 'head' }), 'Ma Từ Đông Diền')).toEqual([
      'TM. BAN THƯỜNG TRỰC',
      'CHỦ TỊCH',
      'Ma Từ Đông Diền',
    ]);
  });

  it('reproduces seed 002: a Vice-Chair signs on behalf of the standing board in her own title, without KT.', () => {
    expect(signatureLines(signingCapacity(frontStandingBoard, { as: 'deputy' }), 'Ma Nhật Hoài')).toEqual([
      'TM. BAN THƯỜNG TRỰC',
      'PHÓ CHỦ TỊCH',
      'Ma Nhật Hoài',
    ]);
  });

  it('writes a head-led department’s KT., TL., TUQ. and Q. signatures', () => {
    expect(signatureLines(signingCapacity(department, { as: 'head' }))).toEqual(['GIÁM ĐỐC']);
    expect(signatureLines(signingCapacity(department, { as: 'deputy' }))).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signatureLines(signingCapacity(department, { as: 'by_order', title: 'CHÁNH VĂN PHÒNG' }))).toEqual([
      'TL. GIÁM ĐỐC',
      'CHÁNH VĂN PHÒNG',
    ]);
    expect(signatureLines(signingCapacity(department, { as: 'by_delegation', title: 'TRƯỞNG PHÒNG THI ĐUA' }))).toEqual([
      'TUQ. GIÁM ĐỐC',
      'TRƯỞNG PHÒNG THI ĐUA',
    ]);
    expect(signatureLines(signingCapacity(department, { as: 'acting_head' }))).toEqual(['Q. GIÁM ĐỐC']);
  });

  it('prints a party committee’s signature with the party’s marks: "T/M", not "TM."', () => {
    expect(signatureLines(signingCapacity(partyStandingCommittee, { as: 'head' }), 'Nguyễn Văn A')).toEqual([
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Nguyễn Văn A',
    ]);
    expect(signatureLines(signingCapacity(partyStandingCommittee, { as: 'deputy' }))).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']);
  });
});
