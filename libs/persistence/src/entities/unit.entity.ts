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

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
