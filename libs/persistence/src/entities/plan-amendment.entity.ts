import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PhaseDeadlineChange } from '@tdkt/domain';
import { jsonColumn } from '../campaigns/json-column';

/** One amendment of an issued plan, numbered within its campaign (lần 1, lần 2…), as its issuer's leader made it. */
@Entity('plan_amendments')
export class PlanAmendmentEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 64 })
  campaignId!: string;

  @PrimaryColumn({ type: 'integer' })
  number!: number;

  @Column({ name: 'request_id', type: 'varchar', length: 100 })
  requestId!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The new deadlines as written: per phase, per level key, a date or "to be announced". */
  @Column({ type: 'text', transformer: jsonColumn })
  phases!: PhaseDeadlineChange[];

  @Column({ name: 'amended_by', type: 'varchar', length: 36 })
  amendedBy!: string;

  @Column({ name: 'amended_by_name', type: 'varchar', length: 200 })
  amendedByName!: string;

  @Column({ name: 'amended_at', type: Date })
  amendedAt!: Date;
}
