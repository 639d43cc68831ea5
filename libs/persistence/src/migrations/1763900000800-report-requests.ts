import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * Requests for a report outside a plan's phases run as campaigns of one phase: a campaign row says
 * which it is, and a request made within a campaign points to it.
 */
export class ReportRequests1763900000800 implements MigrationInterface {
  name = 'ReportRequests1763900000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('campaigns', [
      new TableColumn({ name: 'kind', type: 'varchar', length: '10', default: "'plan'" }),
      new TableColumn({ name: 'parent_campaign_id', type: 'varchar', length: '64', isNullable: true }),
    ]);
    await queryRunner.createIndex('campaigns', new TableIndex({ name: 'IDX_campaigns_parent', columnNames: ['parent_campaign_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('campaigns', 'IDX_campaigns_parent');
    await queryRunner.dropColumns('campaigns', ['parent_campaign_id', 'kind']);
  }
}
