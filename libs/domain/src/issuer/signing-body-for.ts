import type { SignatureBlock } from '../plan/plan.types';
import type { SigningBody } from '../signing/signing.types';
import { issuerConventionFor } from './issuer-conventions';

/** The issuing body's signing rules, with the collective's name as the plan prints it; undefined for a kind not described. */
export function signingBodyFor(unitKind: string, printed: SignatureBlock): SigningBody | undefined {
  const known = issuerConventionFor(unitKind).signing;
  if (!known) return undefined;
  return known.regime === 'collective' && printed.bodyName ? { ...known, collectiveName: printed.bodyName } : known;
}
