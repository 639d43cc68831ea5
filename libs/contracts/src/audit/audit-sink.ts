import type { Sinks } from '@temporalio/workflow';
import type { ApprovalStatus, DossierStatus, NomineeStanding, ObligationStatus } from '@tdkt/domain';
import type { CampaignStatus } from '../campaign/campaign.contract';
import type { DecisionBatch } from './audit-activities';

/** The state a read model should show once a step is recorded, as the workflow knows it. */
export type ReplaySnapshot =
  | { kind: 'obligation'; unitCode: string; obligationKey: string; status: ObligationStatus; dueAt: string | null; version: number }
  | { kind: 'campaign'; status: CampaignStatus; planNumber: string | null }
  | { kind: 'approval'; status: ApprovalStatus; decisions: number }
  | {
      kind: 'dossier';
      dossierId: string;
      status: DossierStatus;
      stepIndex: number;
      /** Each nominee's outcome, in list order: what the award history and the decision are built from. */
      standings: NomineeStanding['status'][];
      version: number;
    };

/** What a workflow has durably recorded: entries of the decision log and the read model's state. */
export interface RecordedStep extends DecisionBatch {
  snapshot?: ReplaySnapshot;
}

/**
 * Workflows report each step after its activity completed. Production workers ignore it; the auditors'
 * replay collects it, so what today's code reconstructs from a history can be compared with the log.
 */
export interface AuditSinks extends Sinks {
  audit: {
    recorded(step: RecordedStep): void;
  };
}
