import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { columnTypes } from './column-types';

const RETRY = 'IDX_notifications_email_retry';

/**
 * Mail retry: a failed e-mail keeps its count of failed sends and when it is tried again, so a relay that
 * refuses mail never holds up a workflow (its notice is recorded and the mail retry workflow sends it later). E-mails that had
 * failed before are tried again at once.
 */
export class MailRetry1764700000000 implements MigrationInterface {
  name = 'MailRetry1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await queryRunner.addColumns('notifications', [
      new TableColumn({ name: 'email_attempts', type: 'integer', default: 0 }),
      new TableColumn({ name: 'email_retry_at', type: types.timestamp, isNullable: true }),
    ]);
    await queryRunner.query(`UPDATE notifications SET email_retry_at = ${types.now}, email_attempts = 1 WHERE email_status = 'failed'`);
    await queryRunner.createIndex('notifications', new TableIndex({ name: RETRY, columnNames: ['email_status', 'email_retry_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('notifications', RETRY);
    await queryRunner.dropColumns('notifications', ['email_retry_at', 'email_attempts']);
  }
}
