import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { validateOrgImport } from '@tdkt/domain';
import { OrgDirectory, UnitEntity } from '@tdkt/persistence';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';
import { CreateRootDto } from './create-root.dto';

/**
 * A system administrator's new independent tree. The Front, party committees and mass associations are roots of their
 * own, not under the People's Committee: none of their campaigns or accounts falls in another tree's scope.
 */
@Injectable()
export class OrgRootsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
  ) {}

  async create(dto: CreateRootDto): Promise<UnitEntity> {
    if (await this.directory.findUnit(dto.code)) throw codeTaken(dto.code);
    const unit = { code: dto.code, name: dto.name, levelCode: dto.levelCode, kind: dto.kind, parentCode: null };
    // The org import's rules for a unit's row (code, name, level known), so both ways in agree.
    const checked = validateOrgImport({ units: [unit] }, await this.directory.existingKeys());
    if (!checked.ok)
      throw invalidInput({
        message: checked.errors.map((e) => e.message).join('; '),
        en: `The unit cannot be created: ${checked.errors.length} problem(s), each listed in errors.`,
        errors: checked.errors.map((e) => ({ path: e.field ?? '', message: e.message })),
      });
    try {
      await this.directory.applyImport(checked.value);
    } catch (error) {
      if (await this.directory.findUnit(dto.code)) throw codeTaken(dto.code);
      throw error;
    }
    if (dto.statisticsCode)
      await this.dataSource.getRepository(UnitEntity).update({ code: dto.code }, { statisticsCode: dto.statisticsCode });
    return (await this.directory.findUnit(dto.code)) as UnitEntity;
  }
}

const codeTaken = (code: string): ConflictException =>
  new ConflictException({
    message: `Đã có đơn vị mang mã "${code}"; hãy chọn mã khác.`,
    en: `A unit with the code "${code}" already exists; please choose another code.`,
  } satisfies Bilingual);
