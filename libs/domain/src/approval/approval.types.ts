import type { Role } from '../org/roles';
import type { SigningBody } from '../signing/signing.types';

/** Who acted, as the API established it from the token and the directory at the time of the action. */
export interface ActorRef {
  officialId: string;
  username: string;
  fullName: string;
  unitCode: string;
  roles: Role[];
  title?: string;
  /** Acting under a leader's delegation (ủy quyền): who delegated, and which delegation. */
  delegatedBy?: { delegationId: string; officialId: string; username: string; fullName: string; title?: string | null };
}

/**
 * The capacity a signature is given in: "TM." on behalf of a collective body, "KT." a deputy signing
 * in place of the head; null when the head signs in their own name.
 */
export type Capacity = 'TM' | 'KT' | 'TUQ' | null;

/** One step of an approval chain: which unit's officials, holding which roles, decide it. */
export interface ApprovalStep {
  key: string;
  label: string;
  unitCode: string;
  roles: Role[];
  /** The last step of a plan's chain is a signature, where capacity matters. */
  signs?: boolean;
  /**
   * For the signing step: how the issuing body signs, and the signature the plan prints. The signer's
   * capacity is derived from them and must agree with the print. Absent in chains started before.
   */
  signature?: { body: SigningBody; printed: { capacity: Capacity; signerTitle: string } };
  /** Who is told when the step runs past its due date; computed from the org tree when the chain starts. */
  escalateTo?: { unitCode: string; roles: Role[] } | null;
}

export type ApprovalAction = 'submit' | 'approve' | 'return' | 'reject';
/** `expired`: nobody acted on a step long past its due date; the chain ended without a decision. */
export type ApprovalStatus = 'draft' | 'pending' | 'returned' | 'approved' | 'rejected' | 'expired';

export interface DecisionRequest {
  /** Chosen by the client per click, so a retried request is applied once. */
  requestId: string;
  action: ApprovalAction;
  actor: ActorRef;
  comment?: string;
  capacity?: Capacity;
}

export interface DecisionRecord {
  requestId: string;
  action: ApprovalAction;
  actor: ActorRef;
  /** The step the decision was taken at; null for the drafter's submissions. */
  stepKey: string | null;
  capacity: Capacity;
  comment: string | null;
  /** ISO instant, from workflow time. */
  at: string;
  /** Counts submissions: a return for revision starts a new round. */
  round: number;
  /** A signature's block above the signer's name, line by line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
  signature?: string[];
}

export interface ApprovalState {
  status: ApprovalStatus;
  stepIndex: number;
  round: number;
  decisions: DecisionRecord[];
}
