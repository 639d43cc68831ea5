import type { PrintedMarks } from '../signing/signing.types';
import type { IssuerConvention } from './issuer-convention.types';

const STATE_PLAN_NUMBER = '<n>/KH-<code>';
const PARTY_PLAN_NUMBER = '<n>-KH/<code>';

/** The party writes its capacities with a slash where the state writes a full stop (Hướng dẫn 36-HD/VPTW). */
const PARTY_MARKS: PrintedMarks = { TM: 'T/M', KT: 'K/T', TL: 'T/L' };

/**
 * A party committee signs as its standing committee; a deputy secretary signs on its behalf in their own
 * title ("T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"), never "in place of" the secretary.
 */
const partyCommittee = (defaultIssuerCode: string): IssuerConvention => ({
  system: 'party',
  planNumberFormat: PARTY_PLAN_NUMBER,
  defaultIssuerCode,
  signing: {
    regime: 'collective',
    collectiveName: 'BAN THƯỜNG VỤ',
    headTitle: 'BÍ THƯ',
    deputyTitle: 'PHÓ BÍ THƯ',
    deputiesSignOnBehalf: true,
    marks: PARTY_MARKS,
  },
});

/**
 * Every kind of issuing body described so far, by unit kind. A People's Committee signs as a collective,
 * a deputy "KT." the Chair (Nghị định 30/2020/NĐ-CP); the Front's standing board signs as a collective, its
 * deputies on behalf of the board in their own title (seed 002); a department through its Director; party
 * committees — tỉnh ủy, huyện ủy, đảng ủy (of a commune or a grassroots body) — by the party's rules.
 */
export const ISSUER_CONVENTIONS_BY_KIND: Readonly<Record<string, IssuerConvention>> = {
  ubnd: {
    system: 'state',
    planNumberFormat: STATE_PLAN_NUMBER,
    defaultIssuerCode: 'UBND',
    signing: { regime: 'collective', collectiveName: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', deputyTitle: 'PHÓ CHỦ TỊCH' },
  },
  mttq: {
    system: 'state',
    planNumberFormat: STATE_PLAN_NUMBER,
    defaultIssuerCode: 'MTTQ-BTT',
    signing: {
      regime: 'collective',
      collectiveName: 'BAN THƯỜNG TRỰC',
      headTitle: 'CHỦ TỊCH',
      deputyTitle: 'PHÓ CHỦ TỊCH',
      deputiesSignOnBehalf: true,
    },
  },
  so: {
    system: 'state',
    planNumberFormat: STATE_PLAN_NUMBER,
    signing: { regime: 'head_led', headTitle: 'GIÁM ĐỐC', deputyTitle: 'PHÓ GIÁM ĐỐC' },
  },
  tinh_uy: partyCommittee('TU'),
  huyen_uy: partyCommittee('HU'),
  dang_uy: partyCommittee('ĐU'),
};

/** What a kind not described yet follows: the state form of number, and no signing rules of its own. */
export const STATE_CONVENTION: IssuerConvention = { system: 'state', planNumberFormat: STATE_PLAN_NUMBER };

export function issuerConventionFor(unitKind: string): IssuerConvention {
  return Object.hasOwn(ISSUER_CONVENTIONS_BY_KIND, unitKind) ? ISSUER_CONVENTIONS_BY_KIND[unitKind] : STATE_CONVENTION;
}
