import type { DataSource } from 'typeorm';
import type { BaselineActivities } from './baseline.contract';

export const BASELINE_TABLE = 'bench_baseline_rows';

/** The table the bare activity writes to, in the app database, so it pays the same database as ours. */
export async function createBaselineTable(dataSource: DataSource): Promise<void> {
  await dataSource.query(`CREATE TABLE ${BASELINE_TABLE} (id varchar(200) PRIMARY KEY, written_at varchar(40) NOT NULL)`);
}

export async function countBaselineRows(dataSource: DataSource, idPrefix: string): Promise<number> {
  const [p1] = placeholders(dataSource, 1);
  const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${BASELINE_TABLE} WHERE id LIKE ${p1}`, [`${idPrefix}%`]);
  return Number(row.n);
}

export function createBaselineActivities(dataSource: DataSource): BaselineActivities {
  const [p1, p2] = placeholders(dataSource, 2);
  return {
    async recordBaselineRow(id) {
      // Idempotent like our projections: a retried attempt must not fail on its own earlier row.
      await dataSource.query(`INSERT INTO ${BASELINE_TABLE} (id, written_at) VALUES (${p1}, ${p2}) ON CONFLICT (id) DO NOTHING`, [
        id,
        new Date().toISOString(),
      ]);
    },
  };
}

/** Positional parameters as each driver spells them. */
function placeholders(dataSource: DataSource, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (dataSource.options.type === 'postgres' ? `$${i + 1}` : '?'));
}
