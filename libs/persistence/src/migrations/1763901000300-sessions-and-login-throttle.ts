import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

/** Sign-in sessions with their hashed refresh tokens, the shared count of failed sign-ins, and "change your password first". */
export class SessionsAndLoginThrottle1763901000300 implements MigrationInterface {
  name = 'SessionsAndLoginThrottle1763901000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'official_id', type: 'varchar', length: '36' },
          { name: 'refresh_token_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: t.timestamp },
          { name: 'expires_at', type: t.timestamp },
          { name: 'revoked_at', type: t.timestamp, isNullable: true },
          { name: 'revoke_reason', type: 'varchar', length: '40', isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['official_id'], referencedTableName: 'officials', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [new TableIndex({ name: 'IDX_sessions_official_id', columnNames: ['official_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_throttle',
        columns: [
          { name: 'throttle_key', type: 'varchar', length: '200', isPrimary: true },
          { name: 'window_started_at', type: t.timestamp },
          { name: 'failures', type: 'integer' },
          { name: 'locked_until', type: t.timestamp, isNullable: true },
          { name: 'lockouts', type: 'integer' },
        ],
      }),
    );
    await queryRunner.addColumn('officials', new TableColumn({ name: 'must_change_password', type: 'boolean', default: false }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // TypeORM drops a column on SQLite by copying the table, and dropping `officials` breaks every reference to it;
    // SQLite's own DROP COLUMN (3.35+) leaves the table where it is.
    if (queryRunner.connection.options.type === 'postgres') await queryRunner.dropColumn('officials', 'must_change_password');
    else await queryRunner.query('ALTER TABLE "officials" DROP COLUMN "must_change_password"');
    await queryRunner.dropTable('login_throttle');
    await queryRunner.dropTable('sessions');
  }
}
