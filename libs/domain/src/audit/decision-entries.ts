import type { ActorRef, ApprovalStep, DecisionRecord } from '../approval/approval.types';
import type { Alarm } from '../obligation/alarm-schedule';
import { APPROVING_ROLES, SUBMITTING_ROLES } from '../obligation/obligation-rules';
import type { ObligationEvent, ObligationState } from '../obligation/obligation.types';
import type { Role } from '../org/roles';
import type { Candidates } from '../task/human-task.types';
import type { CampaignEnding } from '../campaign/campaign-ending';
import type { CampaignChange, CampaignPause, PlanAmendment } from '../campaign/campaign-change';
import type { DutiesHandover } from '../campaign/duties-handover';
import type { ObligationParties } from '../obligation/obligation-rules';
import { actingRole } from './acting-role';
import type { AuditAction, AuditActor, DecisionEntry } from './audit.types';

export function auditActor(actor: ActorRef, accepted: readonly Role[]): AuditActor {
  return {
    officialId: actor.officialId,
    username: actor.username,
    fullName: actor.fullName,
    unitCode: actor.unitCode,
    role: actingRole(actor, accepted),
  };
}

const base = { actor: null, capacity: null, obligationKey: null, comment: null, values: null, dueAt: null } as const;

/** The drafter's submission that starts a plan's approval chain (it has no request of its own). */
export function planSubmittedEntry(drafter: ActorRef, issuerUnitCode: string, at: string, round: number): DecisionEntry {
  return {
    ...base,
    eventKey: `submitted#${round}`,
    at,
    action: 'plan_submitted',
    actor: auditActor(drafter, SUBMITTING_ROLES),
    unitCode: issuerUnitCode,
    values: { round },
  };
}

const PLAN_ACTIONS: Record<DecisionRecord['action'], AuditAction> = {
  submit: 'plan_submitted',
  approve: 'plan_approved',
  return: 'plan_returned',
  reject: 'plan_rejected',
};

/** A decision on the plan's approval chain; approving at the signing step is the signature. */
export function planDecisionEntry(
  record: DecisionRecord,
  step: ApprovalStep | undefined,
  issuerUnitCode: string,
  dueAt: string | null = null,
): DecisionEntry {
  const signed = record.action === 'approve' && !!step?.signs;
  return {
    ...base,
    eventKey: record.requestId,
    at: record.at,
    action: signed ? 'plan_signed' : PLAN_ACTIONS[record.action],
    actor: auditActor(record.actor, step?.roles ?? SUBMITTING_ROLES),
    capacity: record.capacity,
    unitCode: issuerUnitCode,
    comment: record.comment,
    values: {
      stepKey: record.stepKey,
      round: record.round,
      ...(record.signature ? { signature: record.signature } : {}),
      ...delegationOf(record.actor),
    },
    dueAt,
  };
}

/** A human step put in the inbox of those who may act on it, with its due date. */
export function taskOpenedEntry(taskKey: string, unitCode: string, candidates: Candidates, at: string, dueAt: string): DecisionEntry {
  return {
    ...base,
    eventKey: `${taskKey}|opened`,
    at,
    action: 'task_opened',
    unitCode,
    obligationKey: taskKey,
    values: { candidates },
    dueAt,
  };
}

/** A step nobody acted on until it lapsed: the chain ends without a decision. */
export function planExpiredEntry(taskKey: string, unitCode: string, at: string, dueAt: string): DecisionEntry {
  return { ...base, eventKey: `${taskKey}|expired`, at, action: 'plan_expired', unitCode, obligationKey: taskKey, dueAt };
}

/** The issuer's leader ends a running campaign early: closed as it stands, or cancelled, with the reason. */
export function campaignEndedEntry(ending: CampaignEnding, issuerUnitCode: string, at: string): DecisionEntry {
  return {
    ...base,
    eventKey: ending.requestId,
    at,
    action: ending.outcome === 'closed' ? 'campaign_closed' : 'campaign_cancelled',
    actor: auditActor(ending.actor, APPROVING_ROLES),
    capacity: null,
    unitCode: issuerUnitCode,
    comment: ending.reason,
  };
}

/** A duty a unit no longer owes because its campaign was ended. */
export function obligationEndedEntry(o: ObligationState, unitCode: string, outcome: CampaignEnding['outcome'], at: string): DecisionEntry {
  return {
    ...base,
    eventKey: `${o.spec.key}|${outcome}`,
    at,
    action: 'obligation_ended',
    unitCode,
    obligationKey: o.spec.key,
    values: { outcome, statusBefore: o.status },
    dueAt: o.dueAt,
  };
}

/** The issuer's leader amended the plan: its number in the campaign's amendments, the reason, and the new deadlines as written. */
export function planAmendedEntry(amendment: PlanAmendment, amendmentNumber: number, issuerUnitCode: string, at: string): DecisionEntry {
  return {
    ...base,
    eventKey: amendment.requestId,
    at,
    action: 'plan_amended',
    actor: auditActor(amendment.actor, APPROVING_ROLES),
    unitCode: issuerUnitCode,
    comment: amendment.reason.trim(),
    values: { amendmentNumber, phases: amendment.phases },
  };
}

/** The issuer's leader suspended or resumed the campaign. */
export function campaignPausedEntry(pause: CampaignPause, issuerUnitCode: string, at: string): DecisionEntry {
  return {
    ...base,
    eventKey: pause.requestId,
    at,
    action: pause.action === 'suspend' ? 'campaign_suspended' : 'campaign_resumed',
    actor: auditActor(pause.actor, APPROVING_ROLES),
    unitCode: issuerUnitCode,
    comment: pause.reason.trim(),
  };
}

/** A duty's deadline moved (or was set) by an amendment of the plan, or by the time the campaign was suspended. */
export function obligationRescheduledEntry(
  o: ObligationState,
  unitCode: string,
  newDueAt: string | null,
  change: Extract<CampaignChange, { kind: 'amended' | 'resumed' }>,
  at: string,
): DecisionEntry {
  const cause = change.kind === 'amended' ? { amendmentNumber: change.amendmentNumber } : { suspendedAt: change.suspendedAt };
  return {
    ...base,
    eventKey: `${o.spec.key}|${change.kind === 'amended' ? `amendment#${change.amendmentNumber}` : `resumed@${change.at}`}`,
    at,
    action: 'obligation_rescheduled',
    unitCode,
    obligationKey: o.spec.key,
    comment: change.reason,
    values: { previousDueAt: o.dueAt, ...cause },
    dueAt: newDueAt,
  };
}

/**
 * A duty still owed passed to the successor of a merged, split or dissolved unit (or of the unit reviewing it).
 * Logged under the unit that owes it, so the duty's own history reads on without a gap.
 */
export function dutiesHandedOverEntry(
  o: ObligationState,
  unitCode: string,
  before: ObligationParties,
  handover: DutiesHandover,
  at: string,
): DecisionEntry {
  return {
    ...base,
    eventKey: `${o.spec.key}|handover#${handover.changeId}`,
    at,
    action: 'duties_handed_over',
    unitCode,
    obligationKey: o.spec.key,
    comment: handover.reason,
    values: {
      changeId: handover.changeId,
      effectiveOn: handover.effectiveOn,
      fromUnitCode: before.unitCode,
      toUnitCode: handover.parties.unitCode,
      fromReportsTo: before.reportsTo,
      toReportsTo: handover.parties.reportsTo,
    },
    dueAt: o.dueAt,
  };
}

/** A leader's request for a report outside the plan's phases, sent to the units below. */
export function requestIssuedEntry(requestedBy: ActorRef, unitCode: string, at: string, values: Record<string, unknown>): DecisionEntry {
  return {
    ...base,
    eventKey: 'request_issued',
    at,
    action: 'request_issued',
    actor: auditActor(requestedBy, APPROVING_ROLES),
    unitCode,
    values,
  };
}

/** A campaign-level step taken by the system (numbering, issue, close). */
export function campaignEntry(
  action: AuditAction,
  at: string,
  issuerUnitCode: string,
  values: Record<string, unknown> | null = null,
): DecisionEntry {
  return { ...base, eventKey: action, at, action, unitCode: issuerUnitCode, values };
}

export function obligationOpenedEntry(o: ObligationState, unitCode: string, at: string): DecisionEntry {
  return {
    ...base,
    eventKey: `${o.spec.key}|opened`,
    at,
    action: 'obligation_opened',
    unitCode,
    obligationKey: o.spec.key,
    values: { title: o.spec.title },
    dueAt: o.dueAt,
  };
}

const ALARM_ACTIONS: Record<Alarm['kind'], AuditAction> = {
  reminder: 'reminder_sent',
  due_today: 'due_notice_sent',
  overdue: 'overdue_notice_sent',
  escalation: 'escalated',
};

/** An alarm of an obligation or a human step (keyed by it), raised at the due date then in force. */
export function alarmEntry(
  subject: { key: string; dueAt: string },
  alarm: Alarm,
  unitCode: string,
  escalatedTo: string | null,
): DecisionEntry {
  const at = alarm.at.toISOString();
  return {
    ...base,
    eventKey: `${subject.key}|${alarm.kind}|${at}`,
    at,
    action: ALARM_ACTIONS[alarm.kind],
    unitCode,
    obligationKey: subject.key,
    values: alarm.kind === 'escalation' ? { escalatedTo } : null,
    dueAt: subject.dueAt,
  };
}

const EVENT_ACTIONS: Record<ObligationEvent['action'], AuditAction> = {
  submit: 'report_submitted',
  approve: 'report_approved',
  return: 'report_returned',
  request_extension: 'extension_requested',
  grant_extension: 'extension_granted',
  refuse_extension: 'extension_refused',
};

/**
 * An official's action on an obligation, from the state before and after it: the due date in force is
 * the one before (a granted extension shows the new one among its values). When the issuer approves its
 * own nomination report, each nomination's outcome becomes an entry of its own, on the nominating unit.
 */
export function obligationEventEntries(before: ObligationState, after: ObligationState, unitCode: string): DecisionEntry[] {
  const event = after.history[after.history.length - 1];
  const submits = event.action === 'submit' || event.action === 'request_extension';
  const entry: DecisionEntry = {
    ...base,
    eventKey: event.requestId,
    at: event.at,
    action: EVENT_ACTIONS[event.action],
    actor: auditActor(event.actor, submits ? SUBMITTING_ROLES : APPROVING_ROLES),
    capacity: event.capacity ?? null,
    unitCode,
    obligationKey: after.spec.key,
    comment: event.comment,
    values: withDelegation(valuesOf(event, after), event.actor),
    dueAt: before.dueAt,
  };
  if (event.action !== 'approve' || !after.content?.nominationDecisions?.length) return [entry];
  return [
    entry,
    ...after.content.nominationDecisions.map((decision): DecisionEntry => ({
      ...entry,
      eventKey: `${event.requestId}#${decision.unitCode}#${decision.index}`,
      action: 'nomination_decided',
      unitCode: decision.unitCode,
      comment: decision.comment ?? null,
      values: { outcome: decision.outcome, index: decision.index, decidedIn: after.spec.key },
    })),
  ];
}

function valuesOf(event: ObligationEvent, after: ObligationState): Record<string, unknown> | null {
  const extension = after.extensions.find((e) => e.requestId === event.requestId) ?? after.extensions[after.extensions.length - 1];
  switch (event.action) {
    case 'submit':
      return after.content ? { ...after.content } : null;
    case 'request_extension':
      return { proposedDueAt: extension?.proposedDueAt ?? null };
    case 'grant_extension':
      return { newDueAt: after.dueAt };
    default:
      return null;
  }
}

/** Under a delegation the log names both: the official who acted (the actor) and the leader who delegated. */
function delegationOf(actor: ActorRef): { delegatedBy?: { username: string; fullName: string; delegationId: string } } {
  const by = actor.delegatedBy;
  return by ? { delegatedBy: { username: by.username, fullName: by.fullName, delegationId: by.delegationId } } : {};
}

/** An entry's values with the delegating leader added when the actor acted under a delegation. */
export function withDelegation(values: Record<string, unknown> | null, actor: ActorRef): Record<string, unknown> | null {
  return actor.delegatedBy ? { ...(values ?? {}), ...delegationOf(actor) } : values;
}
