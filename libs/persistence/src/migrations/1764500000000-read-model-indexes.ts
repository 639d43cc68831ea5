import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * One index for the progress reads at 100,000 open tasks (docs/BENCHMARKS.md, 2026-11-30): a campaign's rows in tree
 * order (unit path, then obligation). The units page then reads its first page in order instead of sorting every
 * row of the campaign, and "at or below my unit" (a LIKE on the path prefix: progress, dashboard, and the campaign
 * list's test of which campaigns reach a unit, which scanned every campaign's rows) becomes a range of it.
 *
 * PostgreSQL bounds a LIKE prefix with an index only under the C collation, so unit_path is compared in C (byte)
 * order there: a path is codes and slashes, and byte order keeps each unit's subtree right after it — the order
 * SQLite (BINARY) already gave, so both engines now list units alike. SQLite's LIKE ignores case and so is never
 * bounded by an index; the tree order is what it gains.
 */
export class ReadModelIndexes1764500000000 implements MigrationInterface {
  name = 'ReadModelIndexes1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres')
      await queryRunner.query('ALTER TABLE "unit_progress" ALTER COLUMN "unit_path" TYPE varchar(1000) COLLATE "C"');
    await queryRunner.createIndex(
      'unit_progress',
      new TableIndex({ name: 'IDX_unit_progress_tree_order', columnNames: ['campaign_id', 'unit_path', 'obligation_key'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('unit_progress', 'IDX_unit_progress_tree_order');
    if (queryRunner.connection.options.type === 'postgres')
      await queryRunner.query('ALTER TABLE "unit_progress" ALTER COLUMN "unit_path" TYPE varchar(1000) COLLATE "default"');
  }
}
