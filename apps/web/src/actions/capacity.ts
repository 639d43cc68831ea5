import type { Capacity, Role } from '@tdkt/domain';

// The capacities a decision may be signed in, as the domain's rules allow them (approval-rules.ts, obligation-rules.ts,
// signing-capacity.ts): the form offers only these, and the API still checks what it receives.

/** A deputy who is not also the head: signs in the head's place ("KT."). */
export const isDeputyOnly = (roles: readonly Role[]): boolean => !roles.includes('leader') && roles.includes('deputy_leader');

const isHead = (roles: readonly Role[]): boolean => roles.includes('leader');

/**
 * A leader's decision on a unit's report: a deputy is recorded "KT." whatever is asked; the head decides in their own
 * name or, when they say so, on behalf of the body ("TM.").
 */
export function reportDecisionCapacities(roles: readonly Role[]): Capacity[] {
  if (isHead(roles)) return [null, 'TM'];
  if (isDeputyOnly(roles)) return ['KT'];
  return [];
}

export interface SigningChoice {
  /** What the official may sign the plan as; the first is the one to preselect. */
  capacities: Capacity[];
  /** False when the plan prints a signature this official cannot give (the API refuses it: another signer is needed). */
  matchesPrint: boolean;
}

/**
 * Signing a plan. The issuing body's rules decide the capacity from who signs — a People's Committee's deputy "KT." the
 * Chair, the Front's or a party committee's deputy "TM." the standing board, a head in their own name or "TM." — and it
 * must be the one the plan prints. The printed capacity is thus the one to sign with, when this official can give it.
 */
export function planSigningChoice(roles: readonly Role[], printed: Capacity): SigningChoice {
  if (isHead(roles)) {
    if (printed === null || printed === 'TM') return { capacities: [printed], matchesPrint: true };
    return { capacities: [null, 'TM'], matchesPrint: false };
  }
  if (isDeputyOnly(roles)) {
    if (printed === 'KT' || printed === 'TM') return { capacities: [printed], matchesPrint: true };
    return { capacities: ['KT'], matchesPrint: false };
  }
  return { capacities: [], matchesPrint: false };
}

/** The capacity as a form value (radio values cannot be null) and back. */
export type CapacityValue = 'own' | 'TM' | 'KT' | 'TUQ';
export const capacityValue = (capacity: Capacity): CapacityValue => capacity ?? 'own';
export const capacityOfValue = (value: CapacityValue | undefined): Capacity => (!value || value === 'own' ? null : value);

/** What the report decision sends: only "TM." is asked for; "KT." and "TUQ." follow from who decides. */
export const reportDecisionCapacityParam = (capacity: Capacity): 'TM' | undefined => (capacity === 'TM' ? 'TM' : undefined);

/** What the plan decision sends: "TM." or "KT." when signing so; nothing when signing in one's own name. */
export const planDecisionCapacityParam = (capacity: Capacity): 'TM' | 'KT' | undefined =>
  capacity === 'TM' || capacity === 'KT' ? capacity : undefined;
