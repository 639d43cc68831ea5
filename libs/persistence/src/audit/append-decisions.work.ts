import { randomUUID } from 'node:crypto';
import type { ChainHead, DecisionBatch, DecisionEntry, DecisionSource } from '@tdkt/domain';
import type { AtomicWork } from '../campaigns/atomic-sql';
import { sql } from '../campaigns/atomic-sql';
import { canonicalJson } from './canonical-json';
import { decisionHash, genesisHash, HashedDecision } from './decision-hash';

export type { ChainHead, DecisionBatch } from '@tdkt/domain';

/**
 * Appends the entries not yet in the log, each chained to the one before. The campaign's chain head is
 * locked first (the upsert takes the row lock on PostgreSQL; SQLite runs one writer at a time), so two
 * workflows appending to the same campaign at once still produce one unbroken chain. An entry already
 * logged under its workflow and event key is skipped (its insert does nothing and the head stays): retries
 * and replays append nothing twice. `knownPaths` spares reading the path of a unit the caller has at hand.
 */
export function* appendDecisions(
  batch: DecisionBatch,
  now: Date,
  knownPaths: ReadonlyMap<string, string> = new Map(),
): AtomicWork<ChainHead> {
  const start = yield* lockChainHead(batch.campaignId);
  let head = start;
  const paths = new Map<string, string | null>(knownPaths);
  for (const entry of batch.entries) {
    const path = entry.unitCode ? yield* unitPath(entry.unitCode, paths) : null;
    const row = hashedDecisionOf(batch.campaignId, batch.source, entry);
    const hash = decisionHash(head.hash, row);
    const seq = head.seq + 1;
    const inserted = yield sql`
      INSERT INTO decision_log (id, campaign_id, seq, event_key, workflow_id, run_id, event_id, at, action, actor_official_id, actor_username,
        actor_full_name, actor_unit_code, actor_role, capacity, unit_code, unit_path, obligation_key, comment, details, due_at, prev_hash, hash, recorded_at)
      VALUES (${randomUUID()}, ${row.campaignId}, ${seq}, ${row.eventKey}, ${row.workflowId}, ${row.runId}, ${row.eventId}, ${row.at}, ${row.action},
        ${row.actorOfficialId}, ${row.actorUsername}, ${row.actorFullName}, ${row.actorUnitCode}, ${row.actorRole}, ${row.capacity}, ${row.unitCode},
        ${path}, ${row.obligationKey}, ${row.comment}, ${row.details}, ${row.dueAt}, ${head.hash}, ${hash}, ${now})
      ON CONFLICT (workflow_id, event_key) DO NOTHING
      RETURNING seq`;
    if (inserted.length) head = { seq, hash };
  }
  if (head.seq !== start.seq)
    yield sql`UPDATE decision_chains SET last_seq = ${head.seq}, last_hash = ${head.hash} WHERE campaign_id = ${batch.campaignId}`;
  return head;
}

/** The campaign's chain head, created at the genesis hash on first use and locked until the transaction ends. */
export function* lockChainHead(campaignId: string): AtomicWork<ChainHead> {
  // One statement either way: a new chain is inserted, an existing one "updated" to itself, which takes its row lock.
  const [row] =
    yield sql`INSERT INTO decision_chains (campaign_id, last_seq, last_hash) VALUES (${campaignId}, 0, ${genesisHash(campaignId)})
    ON CONFLICT (campaign_id) DO UPDATE SET last_seq = decision_chains.last_seq
    RETURNING last_seq, last_hash`;
  return { seq: Number(row.last_seq), hash: String(row.last_hash) };
}

/** A unit's path, read once per transaction; null for a unit no longer in the tree. */
function* unitPath(code: string, paths: Map<string, string | null>): AtomicWork<string | null> {
  if (!paths.has(code)) {
    const [unit] = yield sql`SELECT path FROM units WHERE code = ${code}`;
    paths.set(code, (unit?.path as string | undefined) ?? null);
  }
  return paths.get(code) ?? null;
}

/** The row an entry becomes: what its hash covers. Verification compares replayed entries in this same form. */
export function hashedDecisionOf(campaignId: string, source: DecisionSource, entry: DecisionEntry): HashedDecision {
  return {
    campaignId,
    eventKey: entry.eventKey,
    workflowId: source.workflowId,
    runId: source.runId,
    eventId: source.eventId,
    at: entry.at,
    action: entry.action,
    actorOfficialId: entry.actor?.officialId ?? null,
    actorUsername: entry.actor?.username ?? null,
    actorFullName: entry.actor?.fullName ?? null,
    actorUnitCode: entry.actor?.unitCode ?? null,
    actorRole: entry.actor?.role ?? null,
    capacity: entry.capacity ?? null,
    unitCode: entry.unitCode,
    obligationKey: entry.obligationKey,
    comment: entry.comment,
    details: entry.values === null ? null : canonicalJson(entry.values),
    dueAt: entry.dueAt,
  };
}
