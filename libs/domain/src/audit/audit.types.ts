import type { Capacity } from '../approval/approval.types';
import type { Role } from '../org/roles';

/**
 * Every step the decision log records: the officials' decisions and the automatic steps that change
 * what a unit owes (a duty opened, a reminder, an escalation…), plus the log's own seals and archives.
 */
export const AUDIT_ACTIONS = [
  'plan_submitted',
  'plan_approved',
  'plan_returned',
  'plan_rejected',
  'plan_signed',
  'plan_expired',
  'number_assigned',
  'campaign_issued',
  'request_issued',
  'campaign_rejected',
  'campaign_expired',
  'task_opened',
  'campaign_closed',
  'campaign_cancelled',
  'plan_amended',
  'campaign_suspended',
  'campaign_resumed',
  'obligation_ended',
  'obligation_rescheduled',
  'duties_handed_over',
  'obligation_opened',
  'report_submitted',
  'report_approved',
  'report_returned',
  'reminder_sent',
  'due_notice_sent',
  'overdue_notice_sent',
  'escalated',
  'extension_requested',
  'extension_granted',
  'extension_refused',
  'nomination_decided',
  'award_dossier_submitted',
  'award_passed',
  'award_declined',
  'award_objection_filed',
  'award_objection_answered',
  'award_posting_ended',
  'award_council_opened',
  'award_ballot_cast',
  'award_council_closed',
  'award_decided',
  'award_forwarded',
  'award_central_outcome',
  'award_expired',
  'award_attachment_added',
  'chain_sealed',
  'history_archived',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who acted, as recorded: the official, their unit, and the role they acted in. Null actor = the system. */
export interface AuditActor {
  officialId: string;
  username: string;
  fullName: string;
  unitCode: string;
  role: Role | null;
}

/**
 * One entry of the decision log, as a workflow computes it. The workflow builds it from its own state
 * (so a replay of its history recomputes exactly the same entry) and hands it to an activity to append.
 */
export interface DecisionEntry {
  /** Unique within its workflow: the official's request id (= Update id), or a key naming the automatic step. */
  eventKey: string;
  /** ISO instant, workflow time. */
  at: string;
  action: AuditAction;
  actor: AuditActor | null;
  capacity: Capacity;
  /** The unit the step concerns (the reporting unit, the issuer for the plan); null for the log's own entries. */
  unitCode: string | null;
  obligationKey: string | null;
  comment: string | null;
  /** What was submitted or decided: KPI values, the plan number, a new due date… */
  values: Record<string, unknown> | null;
  /** The due instant in force when the step happened. */
  dueAt: string | null;
}

/** Where an entry comes from in Temporal: the workflow run and the history event of the task that made it. */
export interface DecisionSource {
  workflowId: string;
  runId: string;
  eventId: number;
}

/** Entries a workflow appends to its campaign's decision log, with where in Temporal they come from. */
export interface DecisionBatch {
  campaignId: string;
  source: DecisionSource;
  entries: DecisionEntry[];
}

/** The last row of a campaign's chain: its position and hash. */
export interface ChainHead {
  seq: number;
  hash: string;
}
