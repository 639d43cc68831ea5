import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

/**
 * The audit record that outlives Temporal's retention: the hash-chained decision log, each campaign's
 * chain head, the archived workflow histories, and the plan's approval state as a read model.
 */
export class CreateAudit1763900000400 implements MigrationInterface {
  name = 'CreateAudit1763900000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'decision_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'campaign_id', type: 'varchar', length: '64' },
          { name: 'seq', type: 'integer' },
          { name: 'event_key', type: 'varchar', length: '300' },
          { name: 'workflow_id', type: 'varchar', length: '200' },
          { name: 'run_id', type: 'varchar', length: '64' },
          { name: 'event_id', type: 'integer' },
          // ISO text, not a timestamp column: the hash covers these exact characters on both engines.
          { name: 'at', type: 'varchar', length: '30' },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'actor_official_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'actor_username', type: 'varchar', length: '100', isNullable: true },
          { name: 'actor_full_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'actor_unit_code', type: 'varchar', length: '64', isNullable: true },
          { name: 'actor_role', type: 'varchar', length: '40', isNullable: true },
          { name: 'capacity', type: 'varchar', length: '10', isNullable: true },
          { name: 'unit_code', type: 'varchar', length: '64', isNullable: true },
          { name: 'unit_path', type: 'varchar', length: '1000', isNullable: true },
          { name: 'obligation_key', type: 'varchar', length: '100', isNullable: true },
          { name: 'comment', type: 'text', isNullable: true },
          { name: 'details', type: 'text', isNullable: true },
          { name: 'due_at', type: 'varchar', length: '30', isNullable: true },
          { name: 'prev_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: t.timestamp, default: t.now },
        ],
        indices: [
          new TableIndex({ name: 'UQ_decision_log_seq', columnNames: ['campaign_id', 'seq'], isUnique: true }),
          new TableIndex({ name: 'UQ_decision_log_event', columnNames: ['workflow_id', 'event_key'], isUnique: true }),
          new TableIndex({ name: 'IDX_decision_log_at', columnNames: ['campaign_id', 'at'] }),
          new TableIndex({ name: 'IDX_decision_log_actor', columnNames: ['actor_username'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'decision_chains',
        columns: [
          { name: 'campaign_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'last_seq', type: 'integer' },
          { name: 'last_hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'workflow_histories',
        columns: [
          { name: 'workflow_id', type: 'varchar', length: '200', isPrimary: true },
          { name: 'run_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'campaign_id', type: 'varchar', length: '64' },
          { name: 'workflow_type', type: 'varchar', length: '100' },
          { name: 'close_status', type: 'varchar', length: '30' },
          { name: 'event_count', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'size_bytes', type: 'integer' },
          { name: 'compressed', type: t.binary },
          { name: 'archived_at', type: t.timestamp, default: t.now },
        ],
        indices: [new TableIndex({ name: 'IDX_workflow_histories_campaign', columnNames: ['campaign_id'] })],
      }),
    );
    await queryRunner.addColumn('campaigns', new TableColumn({ name: 'approval', type: t.json, isNullable: true }));
    await queryRunner.addColumn('campaigns', new TableColumn({ name: 'approval_version', type: 'integer', default: 0 }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('campaigns', 'approval_version');
    await queryRunner.dropColumn('campaigns', 'approval');
    await queryRunner.dropTable('workflow_histories');
    await queryRunner.dropTable('decision_chains');
    await queryRunner.dropTable('decision_log');
  }
}
