import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columnTypes } from './column-types';

/**
 * Plans amended after issue: each amendment under its number, the plan's version on the campaign, and
 * deadlines that may be "to be announced" (null) in the progress and inbox read models.
 */
export class PlanAmendments1763900000600 implements MigrationInterface {
  name = 'PlanAmendments1763900000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'plan_amendments',
        columns: [
          { name: 'campaign_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'number', type: 'integer', isPrimary: true },
          { name: 'request_id', type: 'varchar', length: '100' },
          { name: 'reason', type: 'text' },
          { name: 'phases', type: t.json },
          { name: 'amended_by', type: 'varchar', length: '36' },
          { name: 'amended_by_name', type: 'varchar', length: '200' },
          { name: 'amended_at', type: t.timestamp },
        ],
        foreignKeys: [{ columnNames: ['campaign_id'], referencedTableName: 'campaigns', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.addColumn('campaigns', new TableColumn({ name: 'plan_version', type: 'integer', default: 1 }));
    for (const table of ['unit_progress', 'inbox_items']) {
      const column = (await queryRunner.getTable(table))!.findColumnByName('due_at')!;
      const nullable = column.clone();
      nullable.isNullable = true;
      await queryRunner.changeColumn(table, column, nullable);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('campaigns', 'plan_version');
    await queryRunner.dropTable('plan_amendments');
  }
}
