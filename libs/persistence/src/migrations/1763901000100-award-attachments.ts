import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnTypes } from './column-types';

/** The documents of award dossiers (tờ trình, báo cáo thành tích, biên bản…), with their checksums. */
export class AwardAttachments1763901000100 implements MigrationInterface {
  name = 'AwardAttachments1763901000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'award_attachments',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'dossier_id', type: 'varchar', length: '64' },
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'file_name', type: 'varchar', length: '255' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'size', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'content', type: t.binary },
          { name: 'uploaded_by', type: 'varchar', length: '36' },
          { name: 'uploaded_at', type: t.timestamp },
        ],
        foreignKeys: [{ columnNames: ['dossier_id'], referencedTableName: 'award_dossiers', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['dossier_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('award_attachments');
  }
}
