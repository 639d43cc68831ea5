import type { ObligationParties } from '../obligation/obligation-rules';

/**
 * An org change reaching a running campaign: the unit that owes the duties, or the unit that reviews them, no
 * longer exists, so its successor's officials take over. The participation itself keeps its identity (its
 * workflow, its rows, its place in the tree the campaign was issued to); only who may act on it changes.
 */
export interface DutiesHandover {
  /** The org change that caused it; a participation applies each change once. */
  changeId: string;
  /** The day the change took effect (YYYY-MM-DD), which may be earlier than the day it was recorded. */
  effectiveOn: string;
  reason: string;
  /** Who acts from now on: the unit's successor (or the unit itself) and its reviewer's successor. */
  parties: ObligationParties;
}

/** Who acts after the handover; null when nothing changes (a change already applied, received again). */
export function handedOverParties(current: ObligationParties, handover: DutiesHandover): ObligationParties | null {
  const { unitCode, reportsTo } = handover.parties;
  return unitCode === current.unitCode && reportsTo === current.reportsTo ? null : { unitCode, reportsTo };
}
