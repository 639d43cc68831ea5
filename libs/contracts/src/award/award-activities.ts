import type { DossierState } from '@tdkt/domain';
import type { DecisionBatch } from '../audit/audit-activities';

export interface DossierProjection {
  campaignId: string;
  dossierId: string;
  state: DossierState;
  /** Grows with every projection of the dossier; an older one never overwrites a newer one. */
  version: number;
  /** The steps that produced this state, appended to the decision log in the same transaction. */
  decisions: DecisionBatch;
}

/** Side effects of the award dossier workflow, implemented in activities/, each idempotent. */
export interface AwardActivities {
  /** The dossier's read model (and, once decided, the award history) with its new log entries, in one transaction. */
  projectAwardDossier(input: DossierProjection): Promise<void>;
  /**
   * The next number of the deciding unit's register of decisions for the year ("12/QĐ-UBND"): gapless,
   * and the same dossier always gets the same number, however often the call is retried.
   */
  assignAwardDecisionNumber(input: { dossierId: string; issuerUnitCode: string; issuerCode: string; year: number }): Promise<{
    number: string;
    sequence: number;
  }>;
}
