import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

/** Campaigns, their plan-number sequences, and the two projections the workflows keep current: inbox and unit progress. */
export class CreateCampaigns1763900000100 implements MigrationInterface {
  name = 'CreateCampaigns1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    const toCampaign = {
      columnNames: ['campaign_id'],
      referencedTableName: 'campaigns',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    };
    await queryRunner.createTable(
      new Table({
        name: 'campaigns',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'title', type: 'varchar', length: '500' },
          { name: 'issuer_unit_code', type: 'varchar', length: '64' },
          { name: 'year', type: 'integer' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'plan_number', type: 'varchar', length: '40', isNullable: true },
          { name: 'plan', type: t.json },
          { name: 'template_key', type: 'varchar', length: '100', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '36' },
          { name: 'created_at', type: t.timestamp, default: t.now },
          { name: 'issued_at', type: t.timestamp, isNullable: true },
          { name: 'updated_at', type: t.timestamp, default: t.now },
        ],
        foreignKeys: [
          { columnNames: ['issuer_unit_code'], referencedTableName: 'units', referencedColumnNames: ['code'] },
          { columnNames: ['created_by'], referencedTableName: 'officials', referencedColumnNames: ['id'] },
        ],
        indices: [
          // Numbers restart every year and every issuing body keeps its own register, so "1/KH-UBND" recurs.
          new TableIndex({ name: 'UQ_campaigns_plan_number', columnNames: ['issuer_unit_code', 'year', 'plan_number'], isUnique: true }),
          new TableIndex({ name: 'IDX_campaigns_issuer_unit_code', columnNames: ['issuer_unit_code'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'plan_number_sequences',
        // Per issuing unit as well as printed code: every UBND prints "KH-UBND" but counts its own plans.
        columns: [
          { name: 'issuer_unit_code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'issuer_code', type: 'varchar', length: '40', isPrimary: true },
          { name: 'year', type: 'integer', isPrimary: true },
          { name: 'last_value', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'inbox_items',
        columns: [
          { name: 'key', type: 'varchar', length: '300', isPrimary: true },
          { name: 'campaign_id', type: 'varchar', length: '64' },
          { name: 'unit_code', type: 'varchar', length: '64' },
          { name: 'obligation_key', type: 'varchar', length: '100' },
          { name: 'title', type: 'varchar', length: '500' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'assignee_unit_code', type: 'varchar', length: '64', isNullable: true },
          { name: 'assignee_roles', type: 'varchar', length: '200', isNullable: true },
          { name: 'action', type: 'varchar', length: '20', isNullable: true },
          { name: 'due_at', type: t.timestamp },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'version', type: 'integer' },
          { name: 'updated_at', type: t.timestamp, default: t.now },
        ],
        checks: [{ name: 'CHK_inbox_items_status', expression: "status IN ('open', 'done')" }],
        foreignKeys: [toCampaign],
        indices: [
          new TableIndex({ name: 'IDX_inbox_items_assignee', columnNames: ['assignee_unit_code', 'status', 'due_at'] }),
          new TableIndex({ name: 'IDX_inbox_items_campaign_id', columnNames: ['campaign_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit_progress',
        columns: [
          { name: 'campaign_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'unit_code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'obligation_key', type: 'varchar', length: '100', isPrimary: true },
          { name: 'reports_to', type: 'varchar', length: '64' },
          { name: 'level_code', type: 'varchar', length: '32' },
          { name: 'unit_path', type: 'varchar', length: '1000' },
          { name: 'phase_key', type: 'varchar', length: '100' },
          { name: 'stage_key', type: 'varchar', length: '100' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'due_at', type: t.timestamp },
          { name: 'submitted_at', type: t.timestamp, isNullable: true },
          { name: 'approved_at', type: t.timestamp, isNullable: true },
          { name: 'reminders_sent', type: 'integer', default: 0 },
          { name: 'escalated', type: 'boolean', default: false },
          { name: 'kpi_values', type: t.json, isNullable: true },
          { name: 'version', type: 'integer' },
          { name: 'updated_at', type: t.timestamp, default: t.now },
        ],
        foreignKeys: [toCampaign, { columnNames: ['unit_code'], referencedTableName: 'units', referencedColumnNames: ['code'] }],
        indices: [
          new TableIndex({ name: 'IDX_unit_progress_level_status', columnNames: ['campaign_id', 'level_code', 'status'] }),
          new TableIndex({ name: 'IDX_unit_progress_reports_to', columnNames: ['campaign_id', 'reports_to'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['unit_progress', 'inbox_items', 'plan_number_sequences', 'campaigns']) await queryRunner.dropTable(table);
  }
}
