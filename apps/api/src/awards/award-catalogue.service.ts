import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import {
  applyCatalogueOverride,
  AwardCatalogue,
  AwardCatalogueOverride,
  catalogueInForce,
  SHIPPED_AWARD_CATALOGUES,
  toLocalDate,
} from '@tdkt/domain';
import { AwardCatalogueStore, OrgDirectory } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { AccessPolicy } from '../access/access-policy.service';
import { CatalogueOverrideDto } from './catalogue-override.dto';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';

/**
 * The award catalogue as it applies in a tree: the one shipped for the law in force, with the changes its
 * top unit (the province, the ministry) made for what the law leaves to it. Every award rule is read
 * through here, so a dossier and the catalogue page never disagree.
 */
@Injectable()
export class AwardCatalogueService {
  constructor(
    private readonly store: AwardCatalogueStore,
    private readonly directory: OrgDirectory,
    private readonly policy: AccessPolicy,
  ) {}

  /** The catalogue in force on `onDate` for the tree `unitCode` belongs to; undefined before any shipped catalogue. */
  async inForce(unitCode: string, onDate: string = toLocalDate(new Date())): Promise<AwardCatalogue | undefined> {
    const shipped = catalogueInForce(SHIPPED_AWARD_CATALOGUES, onDate);
    if (!shipped) return undefined;
    const override = await this.store.overrideInForce(await this.rootOf(unitCode), onDate);
    if (!override) return shipped;
    const applied = applyCatalogueOverride(shipped, override);
    // Stored overrides were checked when saved; one the shipped catalogue no longer accepts is ignored, not fatal.
    return applied.ok ? applied.value : shipped;
  }

  /** A province's own rules, for the officials of that province's top unit and those who oversee it. */
  async overrides(me: CurrentOfficialInfo, unitCode: string): Promise<AwardCatalogueOverride[]> {
    await this.policy.requireUnit(me, unitCode, 'catalogue_override', 'read');
    return (await this.store.list(unitCode)).map((row) => row.override);
  }

  /** A province's administrator records its changes; refused, field by field, when the catalogue would not stand. */
  async saveOverride(me: CurrentOfficialInfo, unitCode: string, body: CatalogueOverrideDto): Promise<AwardCatalogueOverride> {
    const unit = await this.directory.findUnit(unitCode);
    if (!unit)
      throw new NotFoundException({
        message: `Không tìm thấy đơn vị "${unitCode}".`,
        en: `Unit "${unitCode}" was not found.`,
      } satisfies Bilingual);
    if (unit.parentCode)
      throw new BadRequestException({
        message: 'Quy định riêng về khen thưởng do cơ quan cấp cao nhất của cây đơn vị (tỉnh, bộ) ban hành.',
        en: 'Own award rules are issued by the top body of the unit tree (a province or a ministry).',
      } satisfies Bilingual);
    this.policy.require(
      me,
      'catalogue_override',
      'act',
      { unitPath: unit.path },
      {
        message: `Chỉ quản trị của ${unit.name} được cập nhật quy định riêng về khen thưởng.`,
        en: `Only the administrators of ${unit.name} may update its own award rules.`,
      },
    );
    const override = { ...body, issuer: unitCode } as AwardCatalogueOverride;
    const shipped = catalogueInForce(SHIPPED_AWARD_CATALOGUES, body.validFrom);
    if (!shipped)
      throw new BadRequestException({
        message: `Chưa có danh mục khen thưởng áp dụng từ ngày ${body.validFrom}.`,
        en: `There is no award catalogue in force from ${body.validFrom}.`,
      } satisfies Bilingual);
    const applied = applyCatalogueOverride(shipped, override);
    if (!applied.ok) {
      throw invalidInput({
        message: `Quy định riêng có ${applied.errors.length} lỗi cần sửa.`,
        en: `The own award rules have ${applied.errors.length} problem(s) to fix.`,
        errors: applied.errors.map((error) => ({
          path: error.entryKey ? `entries[${error.entryKey}].${error.field}` : error.field,
          message: error.message,
        })),
      });
    }
    await this.store.save(override, me.actor.officialId);
    return override;
  }

  private async rootOf(unitCode: string): Promise<string> {
    const unit = await this.directory.findUnit(unitCode);
    return unit?.path.split('/').filter(Boolean)[0] ?? unitCode;
  }
}
