import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTION_LABELS_VI, AUDIT_ACTIONS, AuditAction, isRole, ROLE_LABELS_VI } from '@tdkt/domain';
import type { DecisionLogEntity } from '@tdkt/persistence';
import { formatVietnamTime } from './vietnam-time';

export class TimelineActorView {
  @ApiProperty() username!: string;
  @ApiProperty({ type: String, nullable: true }) fullName!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
}

/** One step of a campaign as an auditor reads it: the recorded facts, plus Vietnamese labels and local times. */
export class TimelineItemView {
  @ApiProperty({ description: 'Position in the campaign’s hash chain' }) seq!: number;
  @ApiProperty({ description: 'ISO instant, as recorded' }) at!: string;
  @ApiProperty({ type: String, nullable: true, example: '10/03/2026 08:00', description: 'In Asia/Ho_Chi_Minh' }) atLocal!: string | null;
  @ApiProperty({ type: TimelineActorView, nullable: true, description: 'Null for the system (a timer, the fan-out)' })
  actor!: TimelineActorView | null;
  @ApiProperty({ type: String, nullable: true, description: 'The signing capacity (KT., TM., TL.) when one applies' })
  capacity!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: string;
  @ApiProperty({ description: 'The action in Vietnamese' }) actionLabel!: string;
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) obligationKey!: string | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ description: 'What the step recorded (KPI values, new due date…), as stored' }) values!: unknown;
  @ApiProperty({ type: String, nullable: true }) dueAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueAtLocal!: string | null;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ description: 'The Temporal history event that recorded it' }) eventId!: number;
}

export class TimelinePageView {
  @ApiProperty({ type: [TimelineItemView] }) items!: TimelineItemView[];
  @ApiProperty() total!: number;
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
