import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

export class CreateOrg1763900000000 implements MigrationInterface {
  name = 'CreateOrg1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'levels',
        columns: [
          { name: 'code', type: 'varchar', length: '32', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'rank', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'units',
        columns: [
          { name: 'code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '300' },
          { name: 'level_code', type: 'varchar', length: '32' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'parent_code', type: 'varchar', length: '64', isNullable: true },
          { name: 'path', type: 'varchar', length: '1000' },
          { name: 'issuer_code', type: 'varchar', length: '20', isNullable: true },
          { name: 'created_at', type: t.timestamp, default: t.now },
        ],
        foreignKeys: [
          { columnNames: ['level_code'], referencedTableName: 'levels', referencedColumnNames: ['code'] },
          { columnNames: ['parent_code'], referencedTableName: 'units', referencedColumnNames: ['code'] },
        ],
        indices: [
          new TableIndex({ name: 'IDX_units_parent_code', columnNames: ['parent_code'] }),
          new TableIndex({ name: 'IDX_units_path', columnNames: ['path'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'officials',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'username', type: 'varchar', length: '64' },
          { name: 'full_name', type: 'varchar', length: '200' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'unit_code', type: 'varchar', length: '64' },
          { name: 'title', type: 'varchar', length: '120', isNullable: true },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'active', type: 'boolean', default: true },
          { name: 'created_at', type: t.timestamp, default: t.now },
        ],
        foreignKeys: [{ columnNames: ['unit_code'], referencedTableName: 'units', referencedColumnNames: ['code'] }],
        indices: [
          new TableIndex({ name: 'UQ_officials_username', columnNames: ['username'], isUnique: true }),
          new TableIndex({ name: 'IDX_officials_unit_code', columnNames: ['unit_code'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'official_roles',
        columns: [
          { name: 'official_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'role', type: 'varchar', length: '32', isPrimary: true },
        ],
        foreignKeys: [
          { columnNames: ['official_id'], referencedTableName: 'officials', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['official_roles', 'officials', 'units', 'levels']) await queryRunner.dropTable(table);
  }
}
