import type { DataSource } from 'typeorm';
import { formatPlanNumber, issuerConventionFor, sequenceOfPlanNumber } from '@tdkt/domain';
import { AtomicWork, Engine, runAtomically, sql, SqlText } from './atomic-sql';

/** Same shape as PlanNumber in @tdkt/contracts. */
export interface AssignedPlanNumber {
  /** "3/KH-UBND" for a state body, "3-KH/TU" for a party committee. */
  number: string;
  sequence: number;
}

/**
 * Gives plan numbers from a sequence per issuing unit, printed issuer code and year: no repeats, no gaps, whatever the
 * number of api and worker replicas. Taking the number and storing it on the campaign happen in one
 * transaction, so a retried call finds the number it already took instead of taking another.
 *
 * The number is printed as the issuing unit's kind numbers its documents (issuerConventionFor): the kind is
 * read in the same transaction, and the printed number is the activity's result, so it is recorded in the
 * workflow's history and a replay never reads the directory again.
 */
export class PlanNumbering {
  constructor(private readonly dataSource: DataSource) {}

  next(campaignId: string, issuerCode: string, year: number): Promise<AssignedPlanNumber> {
    return runAtomically(this.dataSource, (engine) => takeNumber(engine, campaignId, issuerCode, year));
  }
}

function* takeNumber(engine: Engine, campaignId: string, issuerCode: string, year: number): AtomicWork<AssignedPlanNumber> {
  // On PostgreSQL the row lock makes a concurrent retry for the same campaign wait and then see our
  // number; SQLite's transaction already holds the only write lock.
  const lock = new SqlText(engine === 'postgres' ? ' FOR UPDATE' : '');
  const [campaign] = yield sql`SELECT plan_number, issuer_unit_code, year FROM campaigns WHERE id = ${campaignId}${lock}`;
  if (!campaign) throw new Error(`Campaign ${campaignId} does not exist; it must be created before its plan is numbered`);
  if (typeof campaign.plan_number === 'string') return parsePlanNumber(campaign.plan_number);
  if (Number(campaign.year) !== year) throw new Error(`Campaign ${campaignId} is planned for year ${campaign.year}, not ${year}`);

  const [sequenceRow] = yield sql`
    INSERT INTO plan_number_sequences (issuer_unit_code, issuer_code, year, last_value)
    VALUES (${String(campaign.issuer_unit_code)}, ${issuerCode}, ${year}, 1)
    ON CONFLICT (issuer_unit_code, issuer_code, year) DO UPDATE SET last_value = plan_number_sequences.last_value + 1
    RETURNING last_value`;
  const sequence = Number(sequenceRow.last_value);
  const [issuer] = yield sql`SELECT kind FROM units WHERE code = ${String(campaign.issuer_unit_code)}`;
  // A unit removed from the directory since the plan was drafted still gets a number, in the state form.
  const number = formatPlanNumber(issuerConventionFor(issuer ? String(issuer.kind) : ''), sequence, issuerCode);
  yield sql`UPDATE campaigns SET plan_number = ${number}, updated_at = ${new Date()} WHERE id = ${campaignId}`;
  return { number, sequence };
}

function parsePlanNumber(number: string): AssignedPlanNumber {
  return { number, sequence: sequenceOfPlanNumber(number) };
}
