import { isSettled } from './obligation.types';
import type { ObligationState } from './obligation.types';

/** What an amendment of the plan does to one duty whose phase it changed. */
export type AmendmentEffect =
  /** The unit has not acted yet: it gets the new deadline (or "to be announced"), its alarms counted afresh. */
  | { kind: 'moved'; next: ObligationState }
  /** The unit has already sent it (or it ended with the campaign): its deadline stays as it was when it acted. */
  | { kind: 'kept' };

/**
 * Applies the amended plan's deadline to a duty. A granted extension later than the new deadline still
 * holds: the parent's word to the unit is not taken back by a plan-wide change. Null when nothing changed.
 */
export function amendDeadline(o: ObligationState, planDueAt: string | null, at: string): AmendmentEffect | null {
  if (planDueAt === o.spec.dueAt) return null;
  if (o.status === 'submitted' || isSettled(o.status)) return { kind: 'kept' };
  const extended = o.extensions
    .map((e) => e.decision?.newDueAt)
    .filter((d): d is string => !!d)
    .at(-1);
  const dueAt = extended && planDueAt !== null && Date.parse(extended) > Date.parse(planDueAt) ? extended : planDueAt;
  return {
    kind: 'moved',
    next: { ...o, spec: { ...o.spec, dueAt: planDueAt }, dueAt, lastAlarmAt: at, escalated: false, version: o.version + 1 },
  };
}

/**
 * A duty still owed when a suspended campaign resumes: its deadline, and the deadlines of the tasks
 * waiting on leaders for it, move by the suspension's length; no alarm missed meanwhile is sent late.
 * Null when nothing moves.
 */
export function shiftAfterSuspension(o: ObligationState, shiftMs: number, at: string): ObligationState | null {
  if (isSettled(o.status) || shiftMs <= 0) return null;
  const later = (iso: string) => new Date(Date.parse(iso) + shiftMs).toISOString();
  return {
    ...o,
    dueAt: o.dueAt === null ? null : later(o.dueAt),
    lastAlarmAt: at,
    extensions: o.extensions.map((e) =>
      e.decision || !e.decisionClock
        ? e
        : { ...e, decisionClock: { ...e.decisionClock, dueAt: later(e.decisionClock.dueAt), lastAlarmAt: at } },
    ),
    ...(o.approvalClock ? { approvalClock: { ...o.approvalClock, dueAt: later(o.approvalClock.dueAt), lastAlarmAt: at } } : {}),
    version: o.version + 1,
  };
}
