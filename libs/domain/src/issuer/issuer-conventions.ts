import type { SignatureBlock } from '../plan/plan.types';
import type { SigningBody } from './signing.types';

/**
 * How bodies of each kind sign, as data: a People's Committee signs as a collective, a deputy "KT." the
 * Chair (Nghị định 30/2020/NĐ-CP); the Front's standing board signs as a collective, its deputies on
 * behalf of the board in their own title (seed 002); a department through its Director.
 */
export const SIGNING_BODIES_BY_KIND: Readonly<Record<string, SigningBody>> = {
  ubnd: { regime: 'collective', collectiveName: 'ỦY BAN NHÂN DÂN', headTitle: 'CHỦ TỊCH', deputyTitle: 'PHÓ CHỦ TỊCH' },
  mttq: {
    regime: 'collective',
    collectiveName: 'BAN THƯỜNG TRỰC',
    headTitle: 'CHỦ TỊCH',
    deputyTitle: 'PHÓ CHỦ TỊCH',
    deputiesSignOnBehalf: true,
  },
  so: { regime: 'head_led', headTitle: 'GIÁM ĐỐC', deputyTitle: 'PHÓ GIÁM ĐỐC' },
};

/** The issuing body's signing rules, with the collective's name as the plan prints it; undefined for a kind not described. */
export function signingBodyFor(unitKind: string, printed: SignatureBlock): SigningBody | undefined {
  const known = SIGNING_BODIES_BY_KIND[unitKind];
  if (!known) return undefined;
  return known.regime === 'collective' && printed.bodyName ? { ...known, collectiveName: printed.bodyName } : known;
}
