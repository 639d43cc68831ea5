import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type EmailStatus = 'pending' | 'sent' | 'skipped' | 'failed';

/**
 * One message in an official's in-app inbox, and the state of its e-mail copy.
 * The unique (dedupe_key, official_id) pair is what makes sending idempotent: a retried or replayed
 * notify finds the row it wrote before instead of writing (and mailing) a second one.
 */
@Entity('notifications')
@Index('UQ_notifications_dedupe_key_official_id', ['dedupeKey', 'officialId'], { unique: true })
@Index('IDX_notifications_official_id_created_at', ['officialId', 'createdAt'])
@Index('IDX_notifications_email_retry', ['emailStatus', 'emailRetryAt'])
export class NotificationEntity {
  /** A UUID made by the app, not the database, so SQLite and PostgreSQL behave the same. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Column({ name: 'official_id', type: 'varchar', length: 36 })
  officialId!: string;

  @Column({ name: 'campaign_id', type: 'varchar', length: 64, nullable: true })
  campaignId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  // `Date` rather than a type name: TypeORM maps it per engine, as it does for @CreateDateColumn.
  // Set by the app (with milliseconds) so "newest first" is exact on SQLite too.
  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'read_at', type: Date, nullable: true })
  readAt!: Date | null;

  @Column({ name: 'email_status', type: 'varchar', length: 10 })
  emailStatus!: EmailStatus;

  @Column({ name: 'email_error', type: 'text', nullable: true })
  emailError!: string | null;

  /** Sends of the e-mail that failed so far. */
  @Column({ name: 'email_attempts', type: 'integer', default: 0 })
  emailAttempts!: number;

  /** While failed: when the mail retry workflow tries it again. */
  @Column({ name: 'email_retry_at', type: Date, nullable: true })
  emailRetryAt!: Date | null;
}
