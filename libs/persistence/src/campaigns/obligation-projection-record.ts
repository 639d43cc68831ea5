import type { Assignment, ObligationState } from '@tdkt/domain';
import type { DecisionBatch } from '../audit/append-decisions.work';

/**
 * The parts of ObligationProjection (@tdkt/contracts) that are stored. Persistence may not import
 * contracts, so it names them from the domain types the contract is made of: the activity passes
 * the contract's object as it is.
 */
export interface ObligationProjectionRecord {
  campaignId: string;
  unitCode: string;
  reportsTo: string;
  levelCode: string;
  /** Monotonic per obligation: a stored row is only replaced by a greater version. */
  version: number;
  obligation: Pick<ObligationState, 'spec' | 'status' | 'dueAt' | 'remindersSent' | 'escalated' | 'content' | 'history' | 'approvalClock'> &
    Partial<Pick<ObligationState, 'extensions'>>;
  assignment: Assignment | null;
  /** The steps that produced this state, for the decision log. */
  decisions?: DecisionBatch;
}

export function inboxKey(campaignId: string, unitCode: string, obligationKey: string): string {
  return `${campaignId}|${unitCode}|${obligationKey}`;
}
