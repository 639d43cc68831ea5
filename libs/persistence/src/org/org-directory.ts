import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { childPath, OrgImport, PlanOrgContext, Role, TemplateOrgContext, toLocalDate } from '@tdkt/domain';
import { LevelEntity, OfficialEntity, OfficialRoleEntity, UnitEntity } from '../entities';
import { hashPassword } from '../security/password-hasher';
import { OfficialPostings } from './official-postings';
import { openVersion } from './org-change-store';

export interface OfficialWithRoles {
  official: OfficialEntity;
  unit: UnitEntity;
  roles: Role[];
}

export interface ImportSummary {
  levels: number;
  units: number;
  officials: number;
}

/** Reads and writes the org tree and its officials. Writes happen only through whole, validated imports. */
export class OrgDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async existingKeys(): Promise<{
    levelCodes: Set<string>;
    levelRanks: Map<string, number>;
    unitCodes: Set<string>;
    usernames: Set<string>;
  }> {
    const [levels, units, officials] = await Promise.all([
      this.dataSource.getRepository(LevelEntity).find(),
      this.dataSource.getRepository(UnitEntity).find({ select: { code: true } }),
      this.dataSource.getRepository(OfficialEntity).find({ select: { username: true } }),
    ]);
    return {
      levelCodes: new Set(levels.map((l) => l.code)),
      levelRanks: new Map(levels.map((l) => [l.code, l.rank])),
      unitCodes: new Set(units.map((u) => u.code)),
      usernames: new Set(officials.map((o) => o.username)),
    };
  }

  /**
   * Applies a validated import in one transaction: on any failure nothing of it remains. Units must come parents-first.
   * mustChangePassword: the passwords are one-time ones (the first administrator's), to be changed at first sign-in.
   */
  async applyImport(input: OrgImport, options: { mustChangePassword?: boolean } = {}): Promise<ImportSummary> {
    const passwordHashes = await Promise.all(input.officials.map((o) => hashPassword(o.password)));
    // Imported units and officials start their dated history today (Vietnam): what held before is not known here.
    const today = toLocalDate(new Date());
    const postings = new OfficialPostings(this.dataSource);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(LevelEntity).insert(input.levels.map((l) => ({ ...l })));
      const paths = new Map<string, string>();
      for (const unit of input.units) {
        const parentPath = unit.parentCode
          ? (paths.get(unit.parentCode) ?? (await manager.getRepository(UnitEntity).findOneByOrFail({ code: unit.parentCode })).path)
          : null;
        const path = childPath(parentPath, unit.code);
        paths.set(unit.code, path);
        const statisticsCode = unit.statisticsCode ?? null;
        await manager.getRepository(UnitEntity).insert({
          code: unit.code,
          name: unit.name,
          levelCode: unit.levelCode,
          kind: unit.kind,
          parentCode: unit.parentCode,
          issuerCode: unit.issuerCode ?? null,
          statisticsCode,
          path,
        });
        await openVersion(manager, { ...unit, path, statisticsCode, active: true }, today, null);
      }
      for (const [index, official] of input.officials.entries()) {
        const id = randomUUID();
        await manager.getRepository(OfficialEntity).insert({
          id,
          username: official.username,
          fullName: official.fullName,
          email: official.email,
          unitCode: official.unitCode,
          title: official.title ?? null,
          passwordHash: passwordHashes[index],
          active: true,
          mustChangePassword: options.mustChangePassword ?? false,
        });
        await manager.getRepository(OfficialRoleEntity).insert(official.roles.map((role) => ({ officialId: id, role })));
        await postings.record(manager, { officialId: id, unitCode: official.unitCode, roles: official.roles, validFrom: today });
      }
    });
    return { levels: input.levels.length, units: input.units.length, officials: input.officials.length };
  }

  /** One statement: the sign-in check asks this on every request. */
  async findOfficial(by: { username: string } | { id: string }): Promise<OfficialWithRoles | null> {
    const [column, value] = 'id' in by ? ['id', by.id] : ['username', by.username];
    const found = (await this.dataSource
      .getRepository(OfficialEntity)
      .createQueryBuilder('official')
      .innerJoinAndMapOne('official.unit', UnitEntity, 'unit', 'unit.code = official.unitCode')
      .leftJoinAndMapMany('official.grants', OfficialRoleEntity, 'grant', 'grant.officialId = official.id')
      .where(`official.${column} = :value`, { value })
      .getOne()) as (OfficialEntity & { unit: UnitEntity; grants: OfficialRoleEntity[] }) | null;
    if (!found) return null;
    const { unit, grants, ...columns } = found;
    return { official: Object.assign(new OfficialEntity(), columns), unit, roles: grants.map((g) => g.role) };
  }

  /**
   * The whole tree as plan logic needs it: one query each, fine up to a national tree (~10,000 units).
   * activeOnly: where new work starts (a campaign's participants chosen at its issue), units dissolved by an org
   * change are left out; their names stay, since campaigns issued before the change still show them.
   */
  async planOrgContext(options: { activeOnly?: boolean } = {}): Promise<PlanOrgContext & { names: ReadonlyMap<string, string> }> {
    const [units, levels] = await Promise.all([
      this.dataSource
        .getRepository(UnitEntity)
        .find({ select: { code: true, name: true, levelCode: true, kind: true, path: true, active: true } }),
      this.dataSource.getRepository(LevelEntity).find(),
    ]);
    const offered = options.activeOnly ? units.filter((u) => u.active) : units;
    return {
      units: new Map(offered.map((u) => [u.code, { code: u.code, levelCode: u.levelCode, kind: u.kind, path: u.path }])),
      levels: new Map(levels.map((l) => [l.code, l.rank])),
      names: new Map(units.map((u) => [u.code, u.name])),
    };
  }

  /** The tree as a template needs it: plan logic's view plus each unit's name (for the place) and printed code. */
  async templateOrgContext(): Promise<TemplateOrgContext> {
    const [units, levels] = await Promise.all([
      this.dataSource.getRepository(UnitEntity).find({
        select: { code: true, name: true, levelCode: true, kind: true, path: true, issuerCode: true },
      }),
      this.dataSource.getRepository(LevelEntity).find(),
    ]);
    return {
      units: new Map(
        units.map((u) => [
          u.code,
          { code: u.code, levelCode: u.levelCode, kind: u.kind, path: u.path, name: u.name, issuerCode: u.issuerCode },
        ]),
      ),
      levels: new Map(levels.map((l) => [l.code, l.rank])),
    };
  }

  findUnit(code: string): Promise<UnitEntity | null> {
    return this.dataSource.getRepository(UnitEntity).findOneBy({ code });
  }

  /**
   * The direct children of a unit still in existence, in code order (stable for paging and for display). A unit
   * dissolved by an org change hangs where it was but is offered nowhere new; its history answers for it.
   */
  children(code: string): Promise<UnitEntity[]> {
    return this.dataSource.getRepository(UnitEntity).find({ where: { parentCode: code, active: true }, order: { code: 'ASC' } });
  }

  async officialsOf(unitCode: string): Promise<OfficialWithRoles[]> {
    const officials = await this.dataSource.getRepository(OfficialEntity).find({ where: { unitCode }, order: { username: 'ASC' } });
    if (!officials.length) return [];
    const unit = await this.dataSource.getRepository(UnitEntity).findOneByOrFail({ code: unitCode });
    const roles = await this.dataSource.getRepository(OfficialRoleEntity).findBy({ officialId: In(officials.map((o) => o.id)) });
    return officials.map((official) => ({ official, unit, roles: roles.filter((r) => r.officialId === official.id).map((r) => r.role) }));
  }
}
