import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

const LEVEL_STATUS = 'IDX_unit_progress_level_status';
const COUNTS = 'IDX_unit_progress_counts';
const UNSETTLED_DUE = 'IDX_unit_progress_unsettled_due';

/**
 * Indexes for the reads that aggregate a whole campaign (docs/BENCHMARKS.md, 2026-11-30: 36,360 rows each).
 *
 * IDX_unit_progress_counts holds every column the counts per level, status and phase (with how many are late) and
 * the dashboard's levels read, so they read it alone, never the table, and in the order of their GROUP BY. It
 * replaces IDX_unit_progress_level_status, whose columns are its first three: every read that used that one can
 * use this one, and keeping both would only cost writes.
 *
 * IDX_unit_progress_unsettled_due holds only the obligations not yet settled, by due date: the late ones of a
 * campaign are a range of it, so the dashboard ranks its most late units without reading the others. Its WHERE
 * must stay word for word the one the dashboard's query says, or the planners will not use it.
 */
export class AggregateIndexes1764600000000 implements MigrationInterface {
  name = 'AggregateIndexes1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'unit_progress',
      new TableIndex({ name: COUNTS, columnNames: ['campaign_id', 'level_code', 'status', 'phase_key', 'due_at'] }),
    );
    await queryRunner.dropIndex('unit_progress', LEVEL_STATUS);
    await queryRunner.createIndex(
      'unit_progress',
      new TableIndex({
        name: UNSETTLED_DUE,
        columnNames: ['campaign_id', 'due_at'],
        where: `status NOT IN ('approved', 'closed', 'cancelled')`,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('unit_progress', UNSETTLED_DUE);
    await queryRunner.createIndex(
      'unit_progress',
      new TableIndex({ name: LEVEL_STATUS, columnNames: ['campaign_id', 'level_code', 'status'] }),
    );
    await queryRunner.dropIndex('unit_progress', COUNTS);
  }
}
