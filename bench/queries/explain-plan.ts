import type { DataSource } from 'typeorm';
import type { CapturedStatement } from './statement-capture';

/** The tables with a row per obligation: a sequential scan of either grows with every campaign. */
export const BIG_TABLES = ['inbox_items', 'unit_progress'];

export interface ExplainedStatement {
  plan: string[];
  seqScans: string[];
}

/** The statement run again under EXPLAIN (ANALYZE, BUFFERS) with its own parameters, and its seq scans of the big tables. */
export async function explain(dataSource: DataSource, statement: CapturedStatement): Promise<ExplainedStatement> {
  const rows: { 'QUERY PLAN': string }[] = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.parameters);
  const plan = rows.map((row) => row['QUERY PLAN']);
  const seqScans = plan.filter((line) => BIG_TABLES.some((table) => new RegExp(`Seq Scan on ${table}\\b`).test(line)));
  return { plan, seqScans };
}

/** The lines that say how the big tables were read (scans, index names, sorts), for the docs. */
export function accessLines(plan: readonly string[]): string[] {
  return plan.filter((line) => /Scan|Sort Method|Index Cond|Execution Time/.test(line)).map((line) => line.trim());
}
