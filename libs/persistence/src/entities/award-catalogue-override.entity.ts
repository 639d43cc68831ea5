import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AwardCatalogueOverride } from '@tdkt/domain';
import { jsonColumn } from '../campaigns/json-column';

/** A province's (or ministry's) changes to the shipped award catalogue, in force from a date. */
@Entity('award_catalogue_overrides')
export class AwardCatalogueOverrideEntity {
  /** The top unit of the tree the override governs: the province's People's Committee. */
  @PrimaryColumn({ name: 'issuer_unit_code', type: 'varchar', length: 64 })
  issuerUnitCode!: string;

  /** YYYY-MM-DD */
  @PrimaryColumn({ name: 'valid_from', type: 'varchar', length: 10 })
  validFrom!: string;

  @Column({ type: 'text', transformer: jsonColumn })
  override!: AwardCatalogueOverride;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
