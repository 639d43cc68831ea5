import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnTypes } from './column-types';

/** Plan templates added by administrators, beside those shipped with the code (libs/domain/templates). */
export class PlanTemplates1763900000700 implements MigrationInterface {
  name = 'PlanTemplates1763900000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'plan_templates',
        columns: [
          { name: 'template_key', type: 'varchar', length: '100', isPrimary: true },
          { name: 'template', type: t.json },
          { name: 'added_by', type: 'varchar', length: '36' },
          { name: 'added_by_name', type: 'varchar', length: '200' },
          { name: 'added_at', type: t.timestamp },
        ],
        foreignKeys: [{ columnNames: ['added_by'], referencedTableName: 'officials', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('plan_templates');
  }
}
