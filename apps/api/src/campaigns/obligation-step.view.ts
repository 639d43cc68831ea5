import { ApiProperty } from '@nestjs/swagger';
import type { DecisionLogEntity } from '@tdkt/persistence';

/** The decision log's actions that are officials' steps on one obligation, oldest first in a history. */
export const OBLIGATION_STEP_ACTIONS = [
  'report_submitted',
  'report_approved',
  'report_returned',
  'extension_requested',
  'extension_granted',
  'extension_refused',
] as const;

/** One official's step on an obligation, as the decision log recorded it. */
export class ObligationStepView {
  @ApiProperty({ description: 'The request id the official’s action was sent with; the action’s answer carries the same' })
  requestId!: string;
  @ApiProperty({ description: 'ISO instant' }) at!: string;
  @ApiProperty({ enum: OBLIGATION_STEP_ACTIONS }) action!: string;
  @ApiProperty({ type: String, nullable: true }) actorUsername!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorFullName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The role the official acted in' }) actorRole!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'KT., TM. or TUQ. when the decision was signed so' })
  capacity!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A return’s comment, an extension’s reason or answer' })
  comment!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The due date asked for (extension_requested)' })
  proposedDueAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The due date granted (extension_granted)' })
  newDueAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The official who delegated, when the step was taken under a delegation' })
  delegatedByFullName!: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** `details` is the log's canonical JSON of the step's values; a row that no longer parses only loses those values. */
function valuesOf(details: string | null): Record<string, unknown> {
  try {
    const parsed: unknown = details === null ? null : JSON.parse(details);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

export function toObligationStep(row: DecisionLogEntity): ObligationStepView {
  const values = valuesOf(row.details);
  return {
    requestId: row.eventKey,
    at: row.at,
    action: row.action,
    actorUsername: row.actorUsername,
    actorFullName: row.actorFullName,
    actorRole: row.actorRole,
    capacity: row.capacity,
    comment: row.comment,
    proposedDueAt: text(values.proposedDueAt),
    newDueAt: text(values.newDueAt),
    delegatedByFullName: isRecord(values.delegatedBy) ? text(values.delegatedBy.fullName) : null,
  };
}
