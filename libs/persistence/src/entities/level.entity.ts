import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('levels')
export class LevelEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** 0 for the top level; larger is lower in the administrative tree. */
  @Column({ type: 'integer' })
  rank!: number;
}
