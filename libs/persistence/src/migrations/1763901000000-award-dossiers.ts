import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

/**
 * The award process: each nominating unit's list (dossier) as its workflow last projected it, the
 * deciding units' registers of decision numbers, the award history the prerequisite checks read, and
 * each province's (or ministry's) changes to the shipped award catalogue.
 */
export class AwardDossiers1763901000000 implements MigrationInterface {
  name = 'AwardDossiers1763901000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'award_dossiers',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'campaign_id', type: 'varchar', length: '64' },
          { name: 'nominating_unit_code', type: 'varchar', length: '64' },
          { name: 'award_key', type: 'varchar', length: '100' },
          { name: 'year', type: 'integer' },
          { name: 'deciding_unit_code', type: 'varchar', length: '64' },
          { name: 'status', type: 'varchar', length: '30' },
          { name: 'step_index', type: 'integer' },
          { name: 'decision_number', type: 'varchar', length: '60', isNullable: true },
          { name: 'list', type: t.json },
          { name: 'route', type: t.json },
          { name: 'step_units', type: t.json },
          { name: 'state', type: t.json, isNullable: true },
          { name: 'version', type: 'integer', default: 0 },
          { name: 'submitted_by', type: 'varchar', length: '36' },
          { name: 'submitted_at', type: t.timestamp },
          { name: 'updated_at', type: t.timestamp },
        ],
        foreignKeys: [{ columnNames: ['campaign_id'], referencedTableName: 'campaigns', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createIndex('award_dossiers', new TableIndex({ columnNames: ['campaign_id', 'nominating_unit_code'] }));
    await queryRunner.createTable(
      new Table({
        name: 'award_decision_sequences',
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
        name: 'award_records',
        columns: [
          { name: 'dossier_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'nominee_index', type: 'integer', isPrimary: true },
          { name: 'nominee_key', type: 'varchar', length: '300' },
          { name: 'nominee_kind', type: 'varchar', length: '20' },
          { name: 'nominee_name', type: 'varchar', length: '300' },
          { name: 'unit_code', type: 'varchar', length: '64' },
          { name: 'campaign_id', type: 'varchar', length: '64' },
          { name: 'award_key', type: 'varchar', length: '100' },
          { name: 'year', type: 'integer' },
          { name: 'decision_number', type: 'varchar', length: '60' },
          { name: 'decided_at', type: t.timestamp },
        ],
        foreignKeys: [{ columnNames: ['dossier_id'], referencedTableName: 'award_dossiers', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createIndex('award_records', new TableIndex({ columnNames: ['nominee_key'] }));
    await queryRunner.createIndex('award_records', new TableIndex({ columnNames: ['unit_code', 'year'] }));
    await queryRunner.createTable(
      new Table({
        name: 'award_catalogue_overrides',
        columns: [
          { name: 'issuer_unit_code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'valid_from', type: 'varchar', length: '10', isPrimary: true },
          { name: 'override', type: t.json },
          { name: 'updated_by', type: 'varchar', length: '36' },
          { name: 'updated_at', type: t.timestamp },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('award_catalogue_overrides');
    await queryRunner.dropTable('award_records');
    await queryRunner.dropTable('award_decision_sequences');
    await queryRunner.dropTable('award_dossiers');
  }
}
