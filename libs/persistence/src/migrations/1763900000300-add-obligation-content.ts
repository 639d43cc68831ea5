import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columnTypes } from './column-types';

/** Keeps what a unit last sent (report text, its plan reference, its nominations) beside its status, for parents to read. */
export class AddObligationContent1763900000300 implements MigrationInterface {
  name = 'AddObligationContent1763900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'unit_progress',
      new TableColumn({ name: 'content', type: columnTypes(queryRunner).json, isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('unit_progress', 'content');
  }
}
