import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

/** Delegations (ủy quyền): who lets whom take which of their decisions, for how long; revocation kept, never deleted. */
export class CreateDelegations1763900000500 implements MigrationInterface {
  name = 'CreateDelegations1763900000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    const official = (name: string) => ({ columnNames: [name], referencedTableName: 'officials', referencedColumnNames: ['id'] });
    await queryRunner.createTable(
      new Table({
        name: 'delegations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'from_official_id', type: 'varchar', length: '36' },
          { name: 'to_official_id', type: 'varchar', length: '36' },
          { name: 'unit_code', type: 'varchar', length: '64' },
          { name: 'kinds', type: 'varchar', length: '200' },
          { name: 'campaign_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'starts_at', type: t.timestamp },
          { name: 'ends_at', type: t.timestamp },
          { name: 'reason', type: 'text' },
          { name: 'created_by', type: 'varchar', length: '36' },
          { name: 'created_at', type: t.timestamp, default: t.now },
          { name: 'revoked_at', type: t.timestamp, isNullable: true },
          { name: 'revoked_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'revoke_reason', type: 'text', isNullable: true },
        ],
        foreignKeys: [official('from_official_id'), official('to_official_id'), official('created_by')],
        indices: [
          new TableIndex({ name: 'IDX_delegations_to', columnNames: ['to_official_id'] }),
          new TableIndex({ name: 'IDX_delegations_from', columnNames: ['from_official_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('delegations');
  }
}
