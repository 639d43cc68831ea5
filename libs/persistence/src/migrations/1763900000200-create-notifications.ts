import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

export class CreateNotifications1763900000200 implements MigrationInterface {
  name = 'CreateNotifications1763900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'dedupe_key', type: 'varchar', length: '200' },
          { name: 'official_id', type: 'varchar', length: '36' },
          // No foreign key: campaigns live in Temporal and their projection may be written later.
          { name: 'campaign_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'body', type: 'text' },
          { name: 'created_at', type: t.timestamp, default: t.now },
          { name: 'read_at', type: t.timestamp, isNullable: true },
          { name: 'email_status', type: 'varchar', length: '10' },
          { name: 'email_error', type: 'text', isNullable: true },
        ],
        checks: [{ name: 'CHK_notifications_email_status', expression: "email_status IN ('pending', 'sent', 'skipped', 'failed')" }],
        foreignKeys: [
          { columnNames: ['official_id'], referencedTableName: 'officials', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [
          new TableIndex({ name: 'UQ_notifications_dedupe_key_official_id', columnNames: ['dedupe_key', 'official_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_notifications_official_id_created_at', columnNames: ['official_id', 'created_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notifications');
  }
}
