import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AwardRoute, DossierState, DossierStatus, NominationList } from '@tdkt/domain';
import { jsonColumn } from '../campaigns/json-column';

/** A unit's list of nominees for one award form, as its workflow last projected it; the workflow owns it. */
@Entity('award_dossiers')
@Index(['campaignId', 'nominatingUnitCode'])
export class AwardDossierEntity {
  /** Made by the app (it is also part of the workflow id). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'campaign_id', type: 'varchar', length: 64 })
  campaignId!: string;

  @Column({ name: 'nominating_unit_code', type: 'varchar', length: 64 })
  nominatingUnitCode!: string;

  @Column({ name: 'award_key', type: 'varchar', length: 100 })
  awardKey!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'deciding_unit_code', type: 'varchar', length: 64 })
  decidingUnitCode!: string;

  @Column({ type: 'varchar', length: 30 })
  status!: DossierStatus;

  @Column({ name: 'step_index', type: 'integer' })
  stepIndex!: number;

  /** Taken once from the deciding unit's register when the decision is signed: "12/QĐ-UBND". */
  @Column({ name: 'decision_number', type: 'varchar', length: 60, nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'text', transformer: jsonColumn })
  list!: NominationList;

  @Column({ type: 'text', transformer: jsonColumn })
  route!: AwardRoute;

  @Column({ name: 'step_units', type: 'text', transformer: jsonColumn })
  stepUnits!: string[][];

  /** Null until the workflow's first projection. Holds the council's ballots: the api shows them only once the session closed. */
  @Column({ type: 'text', transformer: jsonColumn, nullable: true })
  state!: DossierState | null;

  /** While the list is posted for objections: until when. */
  @Column({ name: 'posted_until', type: Date, nullable: true })
  postedUntil!: Date | null;

  @Column({ type: 'integer', default: 0 })
  version!: number;

  @Column({ name: 'submitted_by', type: 'varchar', length: 36 })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: Date })
  submittedAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
