export type ChainProblem = 'edited' | 'deleted' | 'inserted' | 'reordered' | 'rewritten';

export interface ChainReport {
  ok: boolean;
  rows: number;
  firstBadRow: { seq: number; id: string | null; problem: ChainProblem; message: string } | null;
  /** Chain heads recorded in the campaign's workflow history that were checked against the log. */
  seals: number;
}

export interface ReplayedWorkflow {
  workflowId: string;
  runs: number;
  /** Where its histories came from: the app's archive, the live Temporal server, or both. */
  from: 'archive' | 'temporal' | 'archive+temporal';
  deterministic: boolean;
  error: string | null;
}

/** A value the replay reconstructs that the decision log or a read model records differently. */
export interface ReplayMismatch {
  workflowId: string;
  /** The step (event key) or read model the field belongs to. */
  subject: string;
  field: string;
  logged: unknown;
  replayed: unknown;
}

export interface ArchiveReport {
  histories: number;
  /** Archived histories whose bytes no longer give the hash recorded in the decision log. */
  corrupted: string[];
}

export interface VerificationReport {
  campaignId: string;
  ok: boolean;
  chain: ChainReport;
  archive: ArchiveReport;
  replay: { workflows: ReplayedWorkflow[]; deterministic: boolean; mismatches: ReplayMismatch[] };
  verifiedAt: string;
}
