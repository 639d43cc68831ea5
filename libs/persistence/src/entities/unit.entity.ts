import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('units')
export class UnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ name: 'level_code', type: 'varchar', length: 32 })
  levelCode!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Index()
  @Column({ name: 'parent_code', type: 'varchar', length: 64, nullable: true })
  parentCode!: string | null;

  /** Materialised path of codes from the root, e.g. "/TQ/TQ-YS/": subtree queries are a prefix match. */
  @Index()
  @Column({ type: 'varchar', length: 1000 })
  path!: string;

  @Column({ name: 'issuer_code', type: 'varchar', length: 20, nullable: true })
  issuerCode!: string | null;

  /** The official statistics code (mã ĐVHC: 2 digits a province, 3 a district, 5 a commune), when the unit has one. */
  @Column({ name: 'statistics_code', type: 'varchar', length: 5, nullable: true })
  statisticsCode!: string | null;

  /** False once dissolved by a merge, split or deactivation: kept because campaign history refers to it. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'successor_code', type: 'varchar', length: 64, nullable: true })
  successorCode!: string | null;

  /** 'YYYY-MM-DD', the first day it no longer exists. */
  @Column({ name: 'dissolved_on', type: 'varchar', length: 10, nullable: true })
  dissolvedOn!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
