import { QueryRunner } from 'typeorm';

/** The few column types that differ between the two supported databases. */
export function columnTypes(queryRunner: QueryRunner) {
  const postgres = queryRunner.connection.options.type === 'postgres';
  return {
    timestamp: postgres ? 'timestamptz' : 'datetime',
    json: postgres ? 'jsonb' : 'text',
    binary: postgres ? 'bytea' : 'blob',
    now: postgres ? 'now()' : "(datetime('now'))",
  };
}
