import type { ActorRef, Capacity } from '../approval/approval.types';
import type { Role } from '../org/roles';
import type { PhaseKind } from '../plan/plan.types';
import type { TaskClock } from '../task/human-task.types';

/**
 * One thing a unit owes in a campaign: its launch confirmation and registration, a progress report
 * for a period, its interim or final review report, its nominations. Computed once from the plan
 * for the unit's level; the workflow only keeps time and records decisions.
 */
export interface ObligationSpec {
  /** Unique within the unit: the phase key, plus "#n" for the n-th progress period. */
  key: string;
  phaseKey: string;
  stageKey: string;
  kind: PhaseKind;
  title: string;
  opensAt: string;
  /** Null while the plan announces the deadline later; an amendment of the plan sets it. */
  dueAt: string | null;
}

/** `closed` / `cancelled`: the campaign was ended by its issuer before the unit did this; nothing more is owed. */
export type ObligationStatus = 'pending' | 'open' | 'submitted' | 'returned' | 'approved' | 'closed' | 'cancelled';

export const OBLIGATION_STATUSES: readonly ObligationStatus[] = [
  'pending',
  'open',
  'submitted',
  'returned',
  'approved',
  'closed',
  'cancelled',
];

/** Nothing more is owed: approved, or ended with the campaign. */
export const isSettled = (status: ObligationStatus): boolean => status === 'approved' || status === 'closed' || status === 'cancelled';

/** What a unit sends for an obligation. KPI values are keyed by criterion key. */
export interface ObligationContent {
  summary: string;
  kpiValues?: Record<string, number>;
  /** For a launch: the unit's own plan number, e.g. "12/KH-UBND". */
  localPlanReference?: string;
  /** For nominations (first cut): who is proposed for which award form. */
  nominations?: NominationEntry[];
  /** For the issuer's nomination obligation (first cut of the award process): its decision on each nomination received. */
  nominationDecisions?: NominationDecision[];
}

export interface NominationDecision {
  /** The nominating unit and the position of the nomination in its list. */
  unitCode: string;
  index: number;
  outcome: 'approved' | 'rejected';
  comment?: string;
}

export interface NominationEntry {
  awardFormKey: string;
  nominee: { kind: 'collective' | 'individual'; name: string; unitCode?: string; position?: string };
  achievements: string;
}

export interface ExtensionRecord {
  requestId: string;
  requestedBy: ActorRef;
  requestedAt: string;
  proposedDueAt: string;
  reason: string;
  decision?: { by: ActorRef; at: string; granted: boolean; newDueAt?: string; comment: string | null };
  /** The parent's answer as a task with its own clock (absent in requests made before such clocks). */
  decisionClock?: TaskClock;
}

export interface ObligationState {
  spec: ObligationSpec;
  status: ObligationStatus;
  /** The due instant in force: the plan's (as amended), or a granted extension's; null while announced later. */
  dueAt: string | null;
  content?: ObligationContent;
  remindersSent: number;
  /** The last reminder, overdue notice or escalation fired; the next alarm is the first one after it. */
  lastAlarmAt: string | null;
  escalated: boolean;
  /** Bumped on every change; projections carry it so an older write never overwrites a newer one. */
  version: number;
  extensions: ExtensionRecord[];
  history: ObligationEvent[];
  /** While submitted: the unit leader's approval as a task with its own clock (absent in states from before such clocks). */
  approvalClock?: TaskClock & { submission: string };
}

export interface ObligationEvent {
  requestId: string;
  action: 'submit' | 'approve' | 'return' | 'request_extension' | 'grant_extension' | 'refuse_extension';
  actor: ActorRef;
  at: string;
  comment: string | null;
  /** How a leader's decision was signed: "KT." when a deputy acts for the head. Absent for the unit's own submissions. */
  capacity?: Capacity;
}

/** Who must act next on an obligation; drives the inbox projection. */
export interface Assignment {
  unitCode: string;
  roles: Role[];
  action: 'submit' | 'approve' | 'decide_extension';
}
