import type { ActorRef, Capacity } from '../../approval/approval.types';
import type { AwardRoute } from '../award-route.types';
import type { NominationList } from '../nomination.types';
import type { DossierAttachment } from './attachment-rules';

/**
 * Where one name on a list stands. A list travels as a batch, but each nominee keeps its own outcome:
 * a parent or the appraiser may drop a name (with the reason), an upheld objection or the council's
 * vote may stop it, and the decision awards the rest.
 */
export type NomineeStanding =
  { status: 'in_progress' } | { status: 'not_awarded'; stepKind: string; reason: string } | { status: 'awarded'; decisionNumber: string };

/** An objection filed while the list is posted; the appraiser answers every one before the council. */
export interface Objection {
  id: string;
  index: number;
  text: string;
  filedBy: ActorRef;
  filedAt: string;
  answer: { upheld: boolean; text: string; by: ActorRef; at: string } | null;
}

export type BallotChoice = 'agree' | 'disagree' | 'abstain';

/** One member's ballot: a choice per nominee still in the running, or points per criterion for an initiative. */
export interface CouncilBallot {
  memberId: string;
  castAt: string;
  choices?: Record<number, BallotChoice>;
  points?: Record<number, Record<string, number>>;
}

/** A council session: opened by the secretary with the members present, closed with its result. */
export interface CouncilSession {
  openedBy: ActorRef;
  openedAt: string;
  members: number;
  present: number;
  /** Kept in the workflow and revealed with the result: no member sees another's vote before the close. */
  ballots: CouncilBallot[];
  closedAt: string | null;
  /** Per nominee index, once closed: passed or not, with the figures. */
  result: Record<number, { passed: boolean; summary: string }> | null;
}

export interface DossierDecision {
  number: string;
  signedAt: string;
  signer: ActorRef;
  capacity: Capacity;
}

/** The outcome a central authority sent back, recorded at the province when it returns. */
export interface CentralOutcome {
  decisionNumber: string;
  decidedOn: string;
  awarded: number[];
  recordedBy: ActorRef;
  recordedAt: string;
}

export type DossierStatus = 'in_progress' | 'forwarded' | 'decided' | 'closed_unawarded' | 'expired';

export interface DossierState {
  status: DossierStatus;
  /** The step of the route now waiting; equal to the route's length once the route is done. */
  stepIndex: number;
  /** When the current step opened: its clock counts from here. */
  stepOpenedAt: string;
  standings: NomineeStanding[];
  objections: Objection[];
  /** For a posted list: when the posting period ends. */
  postingEndsAt: string | null;
  council: CouncilSession | null;
  decision: DossierDecision | null;
  forwardedAt: string | null;
  centralOutcome: CentralOutcome | null;
  /** The documents attached so far (their identity and checksum; the bytes are stored beside the read model). */
  attachments: DossierAttachment[];
  /** Every accepted action, in order, for the record. */
  actions: DossierActionRecord[];
}

/** What an official does to a dossier. One Update carries each; its validator refuses before anything changes. */
export type DossierAction =
  /** Propose, endorse, appraise or consult: pass the list on, dropping the names listed (each with its reason). */
  | { kind: 'pass'; dropped?: { index: number; reason: string }[]; comment?: string }
  /** Stop the whole list at this step (it does not meet the conditions); reason required. */
  | { kind: 'decline'; comment: string }
  | { kind: 'object'; index: number; text: string }
  | { kind: 'answer_objection'; objectionId: string; upheld: boolean; text: string }
  | { kind: 'open_council'; members: number; present: number }
  | { kind: 'vote'; choices: Record<number, BallotChoice> }
  | { kind: 'score'; points: Record<number, Record<string, number>> }
  | { kind: 'close_council' }
  /** The deciding official signs; the number comes from the issuer's register when the signature is accepted. */
  | { kind: 'decide'; capacity?: Capacity }
  /** The province's leader signs the submission to the central authority. */
  | { kind: 'forward' }
  | { kind: 'record_central_outcome'; decisionNumber: string; decidedOn: string; awarded: number[] }
  /** A document stored by the api, recorded with its checksum. */
  | { kind: 'attach'; attachment: DossierAttachment };

export type DossierActionKind = DossierAction['kind'];

export interface DossierRequest {
  requestId: string;
  actor: ActorRef;
  action: DossierAction;
}

export interface DossierActionRecord {
  requestId: string;
  kind: DossierActionKind;
  stepKind: string | null;
  actor: ActorRef;
  at: string;
  comment: string | null;
}

/** Everything the rules need to know about a dossier that does not change while it travels. */
export interface DossierFacts {
  dossierId: string;
  campaignId: string;
  list: NominationList;
  route: AwardRoute;
  /**
   * Per route step, the units whose officials act: the step's unit for a leader; for appraisal and the
   * council, the unit or the bodies beside it at the same level that hold the role (the Ban Thi đua –
   * Khen thưởng in a province's Sở Nội vụ). Resolved from the directory when the dossier starts.
   */
  stepUnits: string[][];
}
