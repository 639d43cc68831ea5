import type { DataSource } from 'typeorm';

/** PostgreSQL binds at most 65,535 parameters a statement; 2,000 rows of up to 17 columns stay well below. */
const ROWS_PER_STATEMENT = 2000;

/** Multi-row INSERTs straight into a table, bypassing entities: the bench's set-up, not what it measures. */
export async function insertRows(
  dataSource: DataSource,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): Promise<void> {
  for (let next = 0; next < rows.length; next += ROWS_PER_STATEMENT) {
    const slice = rows.slice(next, next + ROWS_PER_STATEMENT);
    const tuples = slice.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await dataSource.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, slice.flat());
  }
}
