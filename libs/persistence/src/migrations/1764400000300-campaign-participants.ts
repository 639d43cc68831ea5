import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** The participant list of each campaign, frozen when it is issued (campaigns already running freeze on their next fan-out step). */
export class CampaignParticipants1764400000300 implements MigrationInterface {
  name = 'CampaignParticipants1764400000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'campaign_participants',
        columns: [
          { name: 'campaign_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'unit_code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'reports_to', type: 'varchar', length: '64' },
          { name: 'unit_name', type: 'varchar', length: '300' },
          { name: 'level_code', type: 'varchar', length: '32' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'path', type: 'varchar', length: '1000' },
          { name: 'group_keys', type: 'text' },
          { name: 'compiler_only', type: 'boolean', default: false },
        ],
        indices: [new TableIndex({ name: 'IDX_campaign_participants_reports_to', columnNames: ['campaign_id', 'reports_to'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('campaign_participants');
  }
}
