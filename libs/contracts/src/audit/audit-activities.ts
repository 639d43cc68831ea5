import type { ApprovalState, ChainHead, DecisionBatch, DecisionSource } from '@tdkt/domain';
import type { VerificationReport } from './verification-report';

export type { ChainHead, DecisionBatch } from '@tdkt/domain';

/**
 * The activities that keep the audit record: the decision log, its seals, the history archive, and the
 * auditors' verification. Implemented in activities/, each idempotent.
 */
export interface AuditActivities {
  /** Appends the batch's entries not yet logged (keyed by workflow id and event key). */
  recordDecisions(batch: DecisionBatch): Promise<void>;
  /**
   * The plan's approval state as a read model, and its new decisions in the log, in one transaction.
   * `version` grows with every projection of the chain; an older one never overwrites a newer one.
   */
  projectApproval(input: { approval: ApprovalState; decisions: DecisionBatch; version?: number }): Promise<void>;
  /** The chain head before this call; the workflow's history keeps it, out of reach of whoever can rewrite the database. */
  sealDecisionChain(input: { campaignId: string; label: string; source: DecisionSource; at: string }): Promise<ChainHead>;
  /** Archives one closed run's history (a no-op when already archived). */
  archiveHistory(input: { campaignId: string; workflowId: string; runId: string }): Promise<{ archived: boolean }>;
  /** Archives every closed run of a campaign's workflows; says how many workflows are still running. */
  archiveCampaignHistories(input: { campaignId: string }): Promise<{ archived: number; stillRunning: number }>;
  /** Checks the chain, replays every history (archived or live) and compares with the log and read models. */
  verifyCampaign(input: { campaignId: string }): Promise<VerificationReport>;
}
