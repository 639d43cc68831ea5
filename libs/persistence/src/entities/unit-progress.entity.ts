import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ObligationContent, ObligationStatus, PhaseKind } from '@tdkt/domain';
import { jsonColumn } from '../campaigns/json-column';

/** One obligation of one participating unit, as last projected by its participation workflow. */
@Entity('unit_progress')
// The migrations create these (and IDX_unit_progress_tree_order, whose C collation a decorator cannot say); declared
// here too so a generated migration would not drop them.
@Index('IDX_unit_progress_counts', ['campaignId', 'levelCode', 'status', 'phaseKey', 'dueAt'])
@Index('IDX_unit_progress_unsettled_due', ['campaignId', 'dueAt'], { where: `status NOT IN ('approved', 'closed', 'cancelled')` })
@Index('IDX_unit_progress_reports_to', ['campaignId', 'reportsTo'])
export class UnitProgressEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 64 })
  campaignId!: string;

  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @PrimaryColumn({ name: 'obligation_key', type: 'varchar', length: 100 })
  obligationKey!: string;

  @Column({ name: 'reports_to', type: 'varchar', length: 64 })
  reportsTo!: string;

  @Column({ name: 'level_code', type: 'varchar', length: 32 })
  levelCode!: string;

  /** A copy of units.path, so "progress under my unit" is a prefix match without a join. */
  @Column({ name: 'unit_path', type: 'varchar', length: 1000 })
  unitPath!: string;

  @Column({ name: 'phase_key', type: 'varchar', length: 100 })
  phaseKey!: string;

  @Column({ name: 'stage_key', type: 'varchar', length: 100 })
  stageKey!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: PhaseKind;

  @Column({ type: 'varchar', length: 20 })
  status!: ObligationStatus;

  /** Null while the plan announces the deadline later. */
  @Column({ name: 'due_at', type: Date, nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'submitted_at', type: Date, nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'approved_at', type: Date, nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'reminders_sent', type: 'integer' })
  remindersSent!: number;

  @Column({ type: 'boolean' })
  escalated!: boolean;

  /** Criterion key → value, as last submitted. */
  @Column({ name: 'kpi_values', type: 'text', nullable: true, transformer: jsonColumn })
  kpiValues!: Record<string, number> | null;

  /** What the unit last sent: report text, its own plan's reference, its nominations. */
  @Column({ type: 'text', nullable: true, transformer: jsonColumn })
  content!: ObligationContent | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
