import type { DataSource } from 'typeorm';
import { formatDecisionNumber } from '@tdkt/domain';
import { AtomicWork, Engine, runAtomically, sql, SqlText } from '../campaigns/atomic-sql';

export interface AssignedDecisionNumber {
  /** "12/QĐ-UBND" */
  number: string;
  sequence: number;
}

/**
 * Gives award decisions their numbers from the deciding unit's register, per printed code and year: no
 * repeats, no gaps, whatever the number of workers. Taking the number and storing it on the dossier are
 * one transaction, so a retried call finds the number it already took.
 */
export class AwardDecisionNumbering {
  constructor(private readonly dataSource: DataSource) {}

  next(dossierId: string, issuerUnitCode: string, issuerCode: string, year: number): Promise<AssignedDecisionNumber> {
    return runAtomically(this.dataSource, (engine) => takeNumber(engine, dossierId, issuerUnitCode, issuerCode, year));
  }
}

function* takeNumber(
  engine: Engine,
  dossierId: string,
  issuerUnitCode: string,
  issuerCode: string,
  year: number,
): AtomicWork<AssignedDecisionNumber> {
  // On PostgreSQL the row lock makes a concurrent retry for the same dossier wait and then see our number.
  const lock = new SqlText(engine === 'postgres' ? ' FOR UPDATE' : '');
  const [dossier] = yield sql`SELECT decision_number FROM award_dossiers WHERE id = ${dossierId}${lock}`;
  if (!dossier) throw new Error(`Award dossier ${dossierId} does not exist; it is stored before its workflow starts`);
  if (typeof dossier.decision_number === 'string') {
    return { number: dossier.decision_number, sequence: Number.parseInt(dossier.decision_number, 10) };
  }
  const [row] = yield sql`
    INSERT INTO award_decision_sequences (issuer_unit_code, issuer_code, year, last_value)
    VALUES (${issuerUnitCode}, ${issuerCode}, ${year}, 1)
    ON CONFLICT (issuer_unit_code, issuer_code, year) DO UPDATE SET last_value = award_decision_sequences.last_value + 1
    RETURNING last_value`;
  const sequence = Number(row.last_value);
  const number = formatDecisionNumber(sequence, issuerCode);
  yield sql`UPDATE award_dossiers SET decision_number = ${number}, updated_at = ${new Date()} WHERE id = ${dossierId}`;
  return { number, sequence };
}
