import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Org upkeep with effective dates: units gain a statistics code and can be dissolved (kept, inactive, with a
 * successor); each unit's versions and each official's postings are dated, backfilled from the tree as it stands.
 */
export class OrgChanges1764400000100 implements MigrationInterface {
  name = 'OrgChanges1764400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    // Plain ADD COLUMN on both engines: TypeORM's SQLite addColumn copies the table, and `units` is referenced by
    // officials, campaigns and itself.
    const add = (column: string) => queryRunner.query(`ALTER TABLE "units" ADD COLUMN ${column}`);
    await add('"statistics_code" varchar(5)');
    await add(`"active" boolean NOT NULL DEFAULT ${postgres ? 'true' : '1'}`);
    await add('"successor_code" varchar(64)');
    await add('"dissolved_on" varchar(10)');

    await queryRunner.createTable(
      new Table({
        name: 'org_changes',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'effective_on', type: 'varchar', length: '10' },
          { name: 'reason', type: 'varchar', length: '2000' },
          { name: 'payload', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'summary', type: 'text', isNullable: true },
          { name: 'requested_by', type: 'varchar', length: '36' },
          { name: 'requested_at', type: 'varchar', length: '40' },
          { name: 'applied_at', type: 'varchar', length: '40', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_org_changes_effective_on', columnNames: ['effective_on'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit_history',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'unit_code', type: 'varchar', length: '64' },
          { name: 'name', type: 'varchar', length: '300' },
          { name: 'parent_code', type: 'varchar', length: '64', isNullable: true },
          { name: 'path', type: 'varchar', length: '1000' },
          { name: 'level_code', type: 'varchar', length: '32' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'statistics_code', type: 'varchar', length: '5', isNullable: true },
          { name: 'active', type: 'boolean', default: true },
          { name: 'valid_from', type: 'varchar', length: '10' },
          { name: 'valid_to', type: 'varchar', length: '10', isNullable: true },
          { name: 'change_id', type: 'varchar', length: '36', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['unit_code'], referencedTableName: 'units', referencedColumnNames: ['code'] }],
        indices: [new TableIndex({ name: 'IDX_unit_history_unit_code', columnNames: ['unit_code'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'official_postings',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'official_id', type: 'varchar', length: '36' },
          { name: 'unit_code', type: 'varchar', length: '64' },
          { name: 'roles', type: 'varchar', length: '400' },
          { name: 'valid_from', type: 'varchar', length: '10' },
          { name: 'valid_to', type: 'varchar', length: '10', isNullable: true },
          { name: 'change_ref', type: 'varchar', length: '36', isNullable: true },
          { name: 'recorded_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'recorded_at', type: 'varchar', length: '40' },
        ],
        foreignKeys: [
          { columnNames: ['official_id'], referencedTableName: 'officials', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['unit_code'], referencedTableName: 'units', referencedColumnNames: ['code'] },
        ],
        indices: [
          new TableIndex({ name: 'IDX_official_postings_official_id', columnNames: ['official_id'] }),
          new TableIndex({ name: 'IDX_official_postings_unit_code', columnNames: ['unit_code'] }),
        ],
      }),
    );

    // Backfill: today's tree as the first version of every unit, and one open posting per official, each from the
    // day it was recorded (Vietnam time). Done row by row in code so both engines read the dates the same way.
    const now = new Date().toISOString();
    const units: Record<string, unknown>[] = await queryRunner.query(
      'SELECT "code", "name", "parent_code", "path", "level_code", "kind", "created_at" FROM "units"',
    );
    for (const u of units) {
      await queryRunner.query(
        `INSERT INTO "unit_history" ("id", "unit_code", "name", "parent_code", "path", "level_code", "kind", "statistics_code", "active", "valid_from", "valid_to", "change_id")
         VALUES (${params(postgres, 10)}, NULL, NULL)`,
        [randomUUID(), u.code, u.name, u.parent_code, u.path, u.level_code, u.kind, null, postgres ? true : 1, recordedDay(u.created_at)],
      );
    }
    const officials: Record<string, unknown>[] = await queryRunner.query('SELECT "id", "unit_code", "created_at" FROM "officials"');
    const roles: Record<string, unknown>[] = await queryRunner.query('SELECT "official_id", "role" FROM "official_roles"');
    for (const o of officials) {
      const held = roles
        .filter((r) => r.official_id === o.id)
        .map((r) => String(r.role))
        .sort()
        .join(',');
      await queryRunner.query(
        `INSERT INTO "official_postings" ("id", "official_id", "unit_code", "roles", "valid_from", "recorded_at")
         VALUES (${params(postgres, 6)})`,
        [randomUUID(), o.id, o.unit_code, held, recordedDay(o.created_at), now],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('official_postings');
    await queryRunner.dropTable('unit_history');
    await queryRunner.dropTable('org_changes');
    for (const column of ['dissolved_on', 'successor_code', 'active', 'statistics_code']) {
      await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "${column}"`);
    }
  }
}

function params(postgres: boolean, count: number): string {
  return Array.from({ length: count }, (_, i) => (postgres ? `$${i + 1}` : '?')).join(', ');
}

/**
 * The calendar day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) of a created_at as either engine returns it:
 * a Date from PostgreSQL, 'YYYY-MM-DD HH:MM:SS' in UTC from SQLite's datetime('now').
 */
function recordedDay(value: unknown): string {
  const at =
    value instanceof Date
      ? value
      : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(String(value)) ? String(value) : `${String(value).replace(' ', 'T')}Z`);
  const time = Number.isNaN(at.getTime()) ? Date.now() : at.getTime();
  return new Date(time + 7 * 3600_000).toISOString().slice(0, 10);
}
