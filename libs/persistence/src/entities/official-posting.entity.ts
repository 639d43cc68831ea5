import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Where an official sat, with which roles, from which day: one row per posting, the open one with validTo null.
 * Kept so "who led this unit on a given day" survives a merge moving the official elsewhere.
 */
@Entity('official_postings')
export class OfficialPostingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'official_id', type: 'varchar', length: 36 })
  officialId!: string;

  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  /** The roles held, comma-separated: read with the posting, never queried by themselves. */
  @Column({ type: 'varchar', length: 400 })
  roles!: string;

  /** First day of the posting, 'YYYY-MM-DD'. */
  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  validFrom!: string;

  /** First day it no longer holds ('YYYY-MM-DD', exclusive); null while open. */
  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  validTo!: string | null;

  /** The org change that made it, when one did. */
  @Column({ name: 'change_ref', type: 'varchar', length: 36, nullable: true })
  changeRef!: string | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 36, nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'varchar', length: 40 })
  recordedAt!: string;
}
