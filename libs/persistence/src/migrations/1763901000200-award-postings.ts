import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

/** Until when a dossier's list is posted for objections (null when it is not), so every official can find the lists up now. */
export class AwardPostings1763901000200 implements MigrationInterface {
  name = 'AwardPostings1763901000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.addColumn('award_dossiers', new TableColumn({ name: 'posted_until', type: t.timestamp, isNullable: true }));
    await queryRunner.createIndex('award_dossiers', new TableIndex({ columnNames: ['posted_until'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('award_dossiers', 'posted_until');
  }
}
