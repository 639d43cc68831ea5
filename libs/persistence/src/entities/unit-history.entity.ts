import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One version of a unit: what it was called, where it hung and whether it existed, from validFrom until validTo. */
@Entity('unit_history')
export class UnitHistoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 64, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'varchar', length: 1000 })
  path!: string;

  @Column({ name: 'level_code', type: 'varchar', length: 32 })
  levelCode!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'statistics_code', type: 'varchar', length: 5, nullable: true })
  statisticsCode!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** 'YYYY-MM-DD', inclusive. */
  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  validFrom!: string;

  /** 'YYYY-MM-DD', exclusive; null for the version in force. */
  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  validTo!: string | null;

  @Column({ name: 'change_id', type: 'varchar', length: 36, nullable: true })
  changeId!: string | null;
}
