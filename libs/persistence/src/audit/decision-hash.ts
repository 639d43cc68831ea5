import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The fields of a row its hash commits to: everything recorded about the step, nothing derived (unit path, recorded time). */
export interface HashedDecision {
  campaignId: string;
  eventKey: string;
  workflowId: string;
  runId: string;
  eventId: number;
  at: string;
  action: string;
  actorOfficialId: string | null;
  actorUsername: string | null;
  actorFullName: string | null;
  actorUnitCode: string | null;
  actorRole: string | null;
  capacity: string | null;
  unitCode: string | null;
  obligationKey: string | null;
  comment: string | null;
  details: string | null;
  dueAt: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Where a campaign's chain starts, so the first row also commits to the campaign it belongs to. */
export function genesisHash(campaignId: string): string {
  return sha256(`tdkt-decision-log:${campaignId}`);
}

/** A row's hash: over the previous row's hash and the canonical text of its own content. */
export function decisionHash(prevHash: string, row: HashedDecision): string {
  const content: HashedDecision = {
    campaignId: row.campaignId,
    eventKey: row.eventKey,
    workflowId: row.workflowId,
    runId: row.runId,
    eventId: row.eventId,
    at: row.at,
    action: row.action,
    actorOfficialId: row.actorOfficialId,
    actorUsername: row.actorUsername,
    actorFullName: row.actorFullName,
    actorUnitCode: row.actorUnitCode,
    actorRole: row.actorRole,
    capacity: row.capacity,
    unitCode: row.unitCode,
    obligationKey: row.obligationKey,
    comment: row.comment,
    details: row.details,
    dueAt: row.dueAt,
  };
  return sha256(`${prevHash}\n${canonicalJson(content)}`);
}
