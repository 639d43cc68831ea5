import type { DataSource } from 'typeorm';
import type { AwardCatalogueOverride } from '@tdkt/domain';
import { AwardCatalogueOverrideEntity } from '../entities/award-catalogue-override.entity';

/** Each province's changes to the shipped award catalogue, one per date they take effect. */
export class AwardCatalogueStore {
  constructor(private readonly dataSource: DataSource) {}

  private get overrides() {
    return this.dataSource.getRepository(AwardCatalogueOverrideEntity);
  }

  /** The override in force on `onDate` for the tree under `issuerUnitCode`: the latest one that has started. */
  async overrideInForce(issuerUnitCode: string, onDate: string): Promise<AwardCatalogueOverride | null> {
    const rows = await this.overrides.find({ where: { issuerUnitCode }, order: { validFrom: 'DESC' } });
    return rows.find((row) => row.validFrom <= onDate)?.override ?? null;
  }

  async list(issuerUnitCode: string): Promise<AwardCatalogueOverrideEntity[]> {
    return this.overrides.find({ where: { issuerUnitCode }, order: { validFrom: 'ASC' } });
  }

  async save(override: AwardCatalogueOverride, updatedBy: string): Promise<void> {
    await this.overrides.save({
      issuerUnitCode: override.issuer,
      validFrom: override.validFrom,
      override,
      updatedBy,
      updatedAt: new Date(),
    });
  }
}
