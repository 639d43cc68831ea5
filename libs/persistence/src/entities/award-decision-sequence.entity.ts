import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last award decision number a deciding unit took in a year under a printed code; only AwardDecisionNumbering writes it. */
@Entity('award_decision_sequences')
export class AwardDecisionSequenceEntity {
  @PrimaryColumn({ name: 'issuer_unit_code', type: 'varchar', length: 64 })
  issuerUnitCode!: string;

  @PrimaryColumn({ name: 'issuer_code', type: 'varchar', length: 40 })
  issuerCode!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue!: number;
}
