import { AUDIT_ACTION_LABELS_VI, AuditAction, isRole, ROLE_LABELS_VI } from '@tdkt/domain';
import type { DecisionLogEntity } from '@tdkt/persistence';
import { formatVietnamTime } from './vietnam-time';

export interface TimelineActorView {
  username: string;
  fullName: string | null;
  unitCode: string | null;
  role: string | null;
}

/** One step of a campaign as an auditor reads it: the recorded facts, plus Vietnamese labels and local times. */
export interface TimelineItemView {
  seq: number;
  at: string;
  atLocal: string | null;
  actor: TimelineActorView | null;
  capacity: string | null;
  action: string;
  actionLabel: string;
  unitCode: string | null;
  obligationKey: string | null;
  comment: string | null;
  values: unknown;
  dueAt: string | null;
  dueAtLocal: string | null;
  workflowId: string;
  eventId: number;
}

/** The label of a recorded action; an action this version does not know shows as its code. */
export const actionLabelOf = (action: string): string => AUDIT_ACTION_LABELS_VI[action as AuditAction] ?? action;

export const roleLabelOf = (role: string | null): string => (role === null ? '' : isRole(role) ? ROLE_LABELS_VI[role] : role);

/** `details` is canonical JSON; a row edited into something unreadable is shown as its text rather than failing the page. */
function parseDetails(details: string | null): unknown {
  if (details === null) return null;
  try {
    return JSON.parse(details);
  } catch {
    return details;
  }
}

export function toTimelineItem(row: DecisionLogEntity): TimelineItemView {
  return {
    seq: row.seq,
    at: row.at,
    atLocal: formatVietnamTime(row.at),
    actor:
      row.actorUsername === null
        ? null
        : { username: row.actorUsername, fullName: row.actorFullName, unitCode: row.actorUnitCode, role: row.actorRole },
    capacity: row.capacity,
    action: row.action,
    actionLabel: actionLabelOf(row.action),
    unitCode: row.unitCode,
    obligationKey: row.obligationKey,
    comment: row.comment,
    values: parseDetails(row.details),
    dueAt: row.dueAt,
    dueAtLocal: formatVietnamTime(row.dueAt),
    workflowId: row.workflowId,
    eventId: row.eventId,
  };
}
