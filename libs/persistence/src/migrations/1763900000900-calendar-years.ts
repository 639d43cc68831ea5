import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnTypes } from './column-types';

/** Years of the national working-day calendar entered by an administrator, beside the shipped ones. */
export class CalendarYears1763900000900 implements MigrationInterface {
  name = 'CalendarYears1763900000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'calendar_years',
        columns: [
          { name: 'year', type: 'integer', isPrimary: true },
          { name: 'announcement', type: t.json },
          { name: 'source', type: 'text' },
          { name: 'updated_by', type: 'varchar', length: '36' },
          { name: 'updated_at', type: t.timestamp },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('calendar_years');
  }
}
