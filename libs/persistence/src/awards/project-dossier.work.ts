import { DecisionBatch, DossierState, nomineeKey, NominationList, nomineeName } from '@tdkt/domain';
import { appendDecisions } from '../audit/append-decisions.work';
import type { AtomicWork } from '../campaigns/atomic-sql';
import { sql } from '../campaigns/atomic-sql';

export interface DossierProjectionRecord {
  dossierId: string;
  state: DossierState;
  version: number;
  decisions: DecisionBatch;
}

/**
 * The dossier's state, replaced only by a newer version, its log entries, and — once names are awarded —
 * their lines in the award history, in one transaction: the history never shows an award the log lacks.
 */
export function* projectDossier(p: DossierProjectionRecord, now: Date): AtomicWork<void> {
  yield sql`
    UPDATE award_dossiers SET state = ${JSON.stringify(p.state)}, status = ${p.state.status}, step_index = ${p.state.stepIndex},
      posted_until = ${p.state.postingEndsAt ? new Date(p.state.postingEndsAt) : null}, version = ${p.version}, updated_at = ${now}
    WHERE id = ${p.dossierId} AND version < ${p.version}`;
  if (p.decisions.entries.length) yield* appendDecisions(p.decisions, now);
  const awarded = p.state.standings.flatMap((standing, index) =>
    standing.status === 'awarded' ? [{ index, number: standing.decisionNumber }] : [],
  );
  if (!awarded.length) return;
  const [row] = yield sql`SELECT list, campaign_id FROM award_dossiers WHERE id = ${p.dossierId}`;
  const list: NominationList = typeof row.list === 'string' ? JSON.parse(row.list) : (row.list as NominationList);
  const decidedAt = new Date(p.state.decision?.signedAt ?? p.state.centralOutcome?.recordedAt ?? now.toISOString());
  for (const { index, number } of awarded) {
    const nominee = list.nominations[index].nominee;
    yield sql`
      INSERT INTO award_records (dossier_id, nominee_index, nominee_key, nominee_kind, nominee_name, unit_code, campaign_id, award_key, year,
        decision_number, decided_at)
      VALUES (${p.dossierId}, ${index}, ${nomineeKey(nominee)}, ${nominee.kind}, ${nomineeName(nominee)}, ${list.nominatingUnitCode},
        ${String(row.campaign_id)}, ${list.awardKey}, ${list.year}, ${number}, ${decidedAt})
      ON CONFLICT (dossier_id, nominee_index) DO NOTHING`;
  }
}
