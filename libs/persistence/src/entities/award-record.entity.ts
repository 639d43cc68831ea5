import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { NomineeKind } from '@tdkt/domain';

/** One award given, by which decision: the history looked up by person, collective and unit across years. */
@Entity('award_records')
@Index(['unitCode', 'year'])
export class AwardRecordEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'varchar', length: 64 })
  dossierId!: string;

  @PrimaryColumn({ name: 'nominee_index', type: 'integer' })
  nomineeIndex!: number;

  @Index()
  @Column({ name: 'nominee_key', type: 'varchar', length: 300 })
  nomineeKey!: string;

  @Column({ name: 'nominee_kind', type: 'varchar', length: 20 })
  nomineeKind!: NomineeKind;

  @Column({ name: 'nominee_name', type: 'varchar', length: 300 })
  nomineeName!: string;

  /** The nominating unit. */
  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @Column({ name: 'campaign_id', type: 'varchar', length: 64 })
  campaignId!: string;

  @Column({ name: 'award_key', type: 'varchar', length: 100 })
  awardKey!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'decision_number', type: 'varchar', length: 60 })
  decisionNumber!: string;

  @Column({ name: 'decided_at', type: Date })
  decidedAt!: Date;
}
