import type { ActorRef } from '../../approval/approval.types';
import { auditActor, withDelegation } from '../../audit/decision-entries';
import type { AuditAction, DecisionEntry } from '../../audit/audit.types';
import { ROLES } from '../../org/roles';
import type { DossierAction, DossierFacts, DossierState } from './dossier.types';

/** The log's key for a dossier: every entry of it is filed under the nominating unit with this key. */
export const dossierLogKey = (dossierId: string): string => `award:${dossierId}`;

const ACTIONS: Record<DossierAction['kind'], AuditAction> = {
  pass: 'award_passed',
  decline: 'award_declined',
  object: 'award_objection_filed',
  answer_objection: 'award_objection_answered',
  open_council: 'award_council_opened',
  vote: 'award_ballot_cast',
  score: 'award_ballot_cast',
  close_council: 'award_council_closed',
  decide: 'award_decided',
  forward: 'award_forwarded',
  record_central_outcome: 'award_central_outcome',
  attach: 'award_attachment_added',
};

const base = { actor: null, capacity: null, comment: null, values: null, dueAt: null } as const;

/** The unit put the list forward: the dossier's first entry, with who is on it. */
export function dossierSubmittedEntry(facts: DossierFacts, submittedBy: ActorRef, at: string): DecisionEntry {
  return {
    ...base,
    eventKey: 'submitted',
    at,
    action: 'award_dossier_submitted',
    actor: auditActor(submittedBy, ROLES),
    unitCode: facts.list.nominatingUnitCode,
    obligationKey: dossierLogKey(facts.dossierId),
    values: {
      awardKey: facts.list.awardKey,
      year: facts.list.year,
      nominees: facts.list.nominations.length,
      route: facts.route.steps.map((step) => `${step.kind}@${step.unitCode}`),
    },
  };
}

/**
 * The entry for an accepted action, built from the state after it. A ballot is logged without its
 * content while the session is open (no member may read another's vote before the close); the closing
 * entry carries every ballot and the result, so the record keeps them.
 */
export function dossierActionEntry(
  facts: DossierFacts,
  after: DossierState,
  requestId: string,
  actor: ActorRef,
  action: DossierAction,
  at: string,
  dueAt: string | null,
): DecisionEntry {
  return {
    ...base,
    eventKey: requestId,
    at,
    action: ACTIONS[action.kind],
    actor: auditActor(actor, ROLES),
    capacity: action.kind === 'decide' ? (after.decision?.capacity ?? null) : null,
    unitCode: facts.list.nominatingUnitCode,
    obligationKey: dossierLogKey(facts.dossierId),
    comment: actionComment(action),
    // A pass or a signature under a delegation names the leader too, as a report's approval does.
    values: withDelegation(valuesOf(after, action), actor),
    dueAt,
  };
}

/** A step of the route that opened (or a posting period that ended), as automatic entries. */
export function dossierStepEntry(
  facts: DossierFacts,
  action: Extract<AuditAction, 'task_opened' | 'award_posting_ended' | 'award_expired'>,
  eventKey: string,
  at: string,
  dueAt: string | null,
  values: Record<string, unknown> | null = null,
): DecisionEntry {
  return {
    ...base,
    eventKey,
    at,
    action,
    unitCode: facts.list.nominatingUnitCode,
    obligationKey: dossierLogKey(facts.dossierId),
    values,
    dueAt,
  };
}

/** The words an official gave with an action: a comment, an objection or its answer. */
export function actionComment(action: DossierAction): string | null {
  if (action.kind === 'pass' || action.kind === 'decline') return action.comment?.trim() || null;
  if (action.kind === 'object' || action.kind === 'answer_objection') return action.text.trim();
  return null;
}

function valuesOf(after: DossierState, action: DossierAction): Record<string, unknown> | null {
  switch (action.kind) {
    case 'pass':
      return action.dropped?.length ? { dropped: action.dropped } : null;
    case 'object':
      return { index: action.index };
    case 'answer_objection':
      return { objectionId: action.objectionId, upheld: action.upheld };
    case 'open_council':
      return { members: action.members, present: action.present };
    case 'vote':
    case 'score':
      return { ballot: 'secret' };
    case 'close_council':
      return { ballots: after.council?.ballots ?? [], result: after.council?.result ?? {} };
    case 'decide':
      return { decisionNumber: after.decision?.number, awarded: awardedIndices(after) };
    case 'record_central_outcome':
      return { decisionNumber: action.decisionNumber, decidedOn: action.decidedOn, awarded: action.awarded };
    case 'attach':
      return { ...action.attachment };
    default:
      return null;
  }
}

function awardedIndices(state: DossierState): number[] {
  return state.standings.flatMap((standing, index) => (standing.status === 'awarded' ? [index] : []));
}
