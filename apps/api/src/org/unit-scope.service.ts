import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Actor, canActOnUnit, Role, ROLE_LABELS_VI } from '@tdkt/domain';
import { OrgDirectory, UnitEntity } from '@tdkt/persistence';
import { roleLabelEn } from '../common/problem/role-labels-en';
import type { Bilingual } from '../common/problem/said';

/** The one place the api decides "may this official touch this unit": 404 when it does not exist, 403 when out of scope. */
@Injectable()
export class UnitScopeService {
  constructor(private readonly directory: OrgDirectory) {}

  async unitInScope(actor: Actor, unitCode: string, allowedRoles: readonly Role[] = []): Promise<UnitEntity> {
    const unit = await this.directory.findUnit(unitCode);
    if (!unit)
      throw new NotFoundException({
        message: `Không tìm thấy đơn vị có mã "${unitCode}".`,
        en: `No unit has the code "${unitCode}".`,
      } satisfies Bilingual);
    if (!canActOnUnit(actor, unit.path, allowedRoles)) {
      const needed = allowedRoles.length ? ` với vai trò ${allowedRoles.map((r) => ROLE_LABELS_VI[r]).join(' hoặc ')}` : '';
      const neededEn = allowedRoles.length ? ` as ${allowedRoles.map(roleLabelEn).join(' or ')}` : '';
      throw new ForbiddenException({
        message: `Đơn vị "${unit.name}" (${unit.code}) nằm ngoài phạm vi của bạn${needed}.`,
        en: `Unit "${unit.name}" (${unit.code}) is outside your scope${neededEn}.`,
      } satisfies Bilingual);
    }
    return unit;
  }
}
