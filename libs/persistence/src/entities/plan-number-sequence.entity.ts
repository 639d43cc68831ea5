import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last plan number an issuing unit took in a year under a printed code; only PlanNumbering writes
 * it, atomically. The unit is part of the key because codes repeat: every UBND prints "KH-UBND".
 */
@Entity('plan_number_sequences')
export class PlanNumberSequenceEntity {
  @PrimaryColumn({ name: 'issuer_unit_code', type: 'varchar', length: 64 })
  issuerUnitCode!: string;

  @PrimaryColumn({ name: 'issuer_code', type: 'varchar', length: 40 })
  issuerCode!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue!: number;
}
