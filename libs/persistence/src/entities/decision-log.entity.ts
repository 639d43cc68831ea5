import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row of the decision log: a step of a campaign, appended once (keyed by workflow and event key) and
 * chained to the row before it by hash. Never updated; verifyDecisionChain notices any change.
 */
@Entity('decision_log')
@Index('UQ_decision_log_seq', ['campaignId', 'seq'], { unique: true })
@Index('UQ_decision_log_event', ['workflowId', 'eventKey'], { unique: true })
export class DecisionLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'campaign_id', type: 'varchar', length: 64 })
  campaignId!: string;

  /** Position in the campaign's chain, from 1. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'event_key', type: 'varchar', length: 300 })
  eventKey!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 200 })
  workflowId!: string;

  @Column({ name: 'run_id', type: 'varchar', length: 64 })
  runId!: string;

  /** The history event (workflow task started) of the task that took the step, in that run. */
  @Column({ name: 'event_id', type: 'integer' })
  eventId!: number;

  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ name: 'actor_official_id', type: 'varchar', length: 36, nullable: true })
  actorOfficialId!: string | null;

  @Column({ name: 'actor_username', type: 'varchar', length: 100, nullable: true })
  actorUsername!: string | null;

  @Column({ name: 'actor_full_name', type: 'varchar', length: 200, nullable: true })
  actorFullName!: string | null;

  @Column({ name: 'actor_unit_code', type: 'varchar', length: 64, nullable: true })
  actorUnitCode!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 40, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  capacity!: string | null;

  @Column({ name: 'unit_code', type: 'varchar', length: 64, nullable: true })
  unitCode!: string | null;

  /** A copy of units.path (not hashed), so "steps under my unit" is a prefix match. */
  @Column({ name: 'unit_path', type: 'varchar', length: 1000, nullable: true })
  unitPath!: string | null;

  @Column({ name: 'obligation_key', type: 'varchar', length: 100, nullable: true })
  obligationKey!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** Canonical JSON of what was submitted or decided. */
  @Column({ type: 'text', nullable: true })
  details!: string | null;

  @Column({ name: 'due_at', type: 'varchar', length: 30, nullable: true })
  dueAt!: string | null;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  @Column({ name: 'recorded_at', type: Date })
  recordedAt!: Date;
}
