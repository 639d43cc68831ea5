import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A closed workflow run's full history, kept after Temporal's retention drops it. The compressed bytes
 * (gzip of the protobuf) are read and written by HistoryArchive with plain SQL, since the column is
 * bytea on PostgreSQL and blob on SQLite and no single entity type maps to both.
 */
@Entity('workflow_histories')
export class WorkflowHistoryEntity {
  @PrimaryColumn({ name: 'workflow_id', type: 'varchar', length: 200 })
  workflowId!: string;

  @PrimaryColumn({ name: 'run_id', type: 'varchar', length: 64 })
  runId!: string;

  @Column({ name: 'campaign_id', type: 'varchar', length: 64 })
  campaignId!: string;

  @Column({ name: 'workflow_type', type: 'varchar', length: 100 })
  workflowType!: string;

  /** How the run ended: COMPLETED, CONTINUED_AS_NEW, FAILED… */
  @Column({ name: 'close_status', type: 'varchar', length: 30 })
  closeStatus!: string;

  @Column({ name: 'event_count', type: 'integer' })
  eventCount!: number;

  /** Of the uncompressed protobuf bytes; also recorded in the decision log when archived. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'archived_at', type: Date })
  archivedAt!: Date;
}
