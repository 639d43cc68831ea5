import { BadRequestException, ConflictException, ForbiddenException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, compareVietnamese, normalizeText, Role, searchKey, toLocalDate, validateOrgImport } from '@tdkt/domain';
import {
  generateOneTimePassword,
  hashPassword,
  OfficialEntity,
  OfficialPostings,
  OfficialRoleEntity,
  OfficialWithRoles,
  OrgDirectory,
  SessionStore,
  UnitEntity,
} from '@tdkt/persistence';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';
import { administersAccountsIn, effectiveOnRefusalWords, mayTouchHolder, roleChangeRefusal, RuleRefusal } from './account-rules';
import { CreateOfficialDto } from './create-official.dto';
import { OfficialsQuery } from './officials-query.dto';
import {
  CreatedOfficialView,
  OfficialAdminView,
  OfficialsPageView,
  PostingView,
  roleLabels,
  toOfficialAdminView,
} from './official-admin.view';
import { PostingDto } from './posting.dto';
import { UpdateOfficialDto } from './update-official.dto';

/**
 * A province's IT office running its accounts: adding officials, moving them and changing their roles (each recorded
 * in the posting history in the same transaction), deactivating and reactivating them. Every action is on an official
 * whose unit is in the administrator's subtree; a move needs both the old and the new unit there.
 */
@Injectable()
export class OfficialsAdminService {
  private readonly logger = new Logger(OfficialsAdminService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly postings: OfficialPostings,
    private readonly sessions: SessionStore,
  ) {}

  /** The officials in the caller's scope, narrowed to a unit's subtree and a search, sorted by name the Vietnamese way. */
  async list(actor: Actor, query: OfficialsQuery): Promise<OfficialsPageView> {
    const units = await this.dataSource.getRepository(UnitEntity).find();
    let within: (unit: UnitEntity) => boolean = (unit) => administersAccountsIn(actor, unit.path);
    if (query.unitCode) {
      const chosen = await this.unitInScope(actor, query.unitCode);
      within = (unit) => unit.path.startsWith(chosen.path);
    }
    const unitsInScope = new Map(units.filter(within).map((unit) => [unit.code, unit]));
    const officials = await this.officialsOfUnits([...unitsInScope.keys()]);
    const wanted = query.q ? searchKey(query.q) : '';
    const matching = officials
      .filter((o) => query.includeInactive || o.active)
      .filter((o) => !wanted || searchKey(`${o.fullName} ${o.username}`).includes(wanted))
      .sort((a, b) => compareVietnamese(a.fullName, b.fullName) || a.username.localeCompare(b.username));
    const page = matching.slice(query.offset, query.offset + query.limit);
    const roles = page.length
      ? await this.dataSource.getRepository(OfficialRoleEntity).findBy({ officialId: In(page.map((o) => o.id)) })
      : [];
    return {
      items: page.map((official) =>
        toOfficialAdminView({
          official,
          unit: unitsInScope.get(official.unitCode) as UnitEntity,
          roles: roles.filter((r) => r.officialId === official.id).map((r) => r.role),
        }),
      ),
      total: matching.length,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async create(actor: Actor, dto: CreateOfficialDto): Promise<CreatedOfficialView> {
    const unit = await this.unitInScope(actor, dto.unitCode);
    this.assertOpen(unit);
    const roles = unique(dto.roles);
    this.enforce(roleChangeRefusal(actor, { officialId: null, unitKind: unit.kind, current: [] }, roles));
    const validFrom = this.effectiveOn(dto.effectiveOn, null);
    const username = dto.username.trim().toLowerCase();
    if (await this.directory.findOfficial({ username })) throw this.usernameTaken(username);
    const oneTimePassword = generateOneTimePassword();
    // The org import's rules for an official's row (username, name, e-mail, roles), so both ways in agree.
    const checked = validateOrgImport(
      {
        officials: [
          {
            username,
            fullName: dto.fullName,
            email: dto.email,
            unitCode: unit.code,
            roles,
            title: dto.title || undefined,
            password: oneTimePassword,
          },
        ],
      },
      await this.directory.existingKeys(),
    );
    if (!checked.ok)
      throw invalidInput({
        message: checked.errors.map((e) => e.message).join('; '),
        en: `The account cannot be created: ${checked.errors.length} problem(s), each listed in errors.`,
        errors: checked.errors.map((e) => ({ path: e.field ?? '', message: e.message })),
      });
    const [record] = checked.value.officials;
    const id = randomUUID();
    const passwordHash = await hashPassword(oneTimePassword);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(OfficialEntity).insert({
          id,
          username: record.username,
          fullName: record.fullName,
          email: record.email,
          unitCode: unit.code,
          title: record.title ?? null,
          passwordHash,
          active: true,
          mustChangePassword: true,
        });
        await this.writeRoles(manager, id, roles);
        await this.postings.record(manager, { officialId: id, unitCode: unit.code, roles, validFrom, recordedBy: actor.officialId });
      });
    } catch (error) {
      // Two administrators taking the same username at once: the unique index decides, the loser hears why.
      if (await this.directory.findOfficial({ username })) throw this.usernameTaken(username);
      throw error;
    }
    return { official: await this.view(id), oneTimePassword, mustChangePassword: true };
  }

  async update(actor: Actor, officialId: string, dto: UpdateOfficialDto): Promise<OfficialAdminView> {
    const found = await this.officialInScope(actor, officialId);
    const changes: Partial<OfficialEntity> = {};
    const problems: { path: string; message: string; en: string }[] = [];
    if (dto.fullName !== undefined) {
      const fullName = normalizeText(dto.fullName);
      if (!fullName) problems.push({ path: 'fullName', message: 'Họ và tên không được để trống.', en: 'The full name must not be empty.' });
      changes.fullName = fullName;
    }
    if (dto.email !== undefined) {
      const email = dto.email.trim().toLowerCase();
      if (!/^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/.test(email))
        problems.push({
          path: 'email',
          message: `Thư điện tử "${email}" không hợp lệ; cần dạng ten@coquan.gov.vn.`,
          en: `The email address "${email}" is not valid; it should look like name@agency.gov.vn.`,
        });
      changes.email = email;
    }
    if (dto.title !== undefined) changes.title = dto.title ? normalizeText(dto.title) : null;
    if (problems.length)
      throw invalidInput({ message: problems.map((p) => p.message).join(' '), en: problems.map((p) => p.en).join(' '), errors: problems });
    if (Object.keys(changes).length) await this.dataSource.getRepository(OfficialEntity).update({ id: found.official.id }, changes);
    return this.view(found.official.id);
  }

  /** Moves the official and/or gives or relieves roles, from `effectiveOn`; the posting history records it. */
  async post(actor: Actor, officialId: string, dto: PostingDto): Promise<OfficialAdminView> {
    const found = await this.officialInScope(actor, officialId);
    const unit = dto.unitCode === found.unit.code ? found.unit : await this.unitInScope(actor, dto.unitCode);
    this.assertOpen(unit);
    const roles = unique(dto.roles);
    this.enforce(roleChangeRefusal(actor, { officialId: found.official.id, unitKind: unit.kind, current: found.roles }, roles));
    const open = (await this.postings.of(found.official.id)).find((posting) => posting.validTo === null);
    const validFrom = this.effectiveOn(dto.effectiveOn, open?.validFrom ?? null);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(OfficialEntity).update({ id: found.official.id }, { unitCode: unit.code });
      await manager.getRepository(OfficialRoleEntity).delete({ officialId: found.official.id });
      await this.writeRoles(manager, found.official.id, roles);
      await this.postings.record(manager, {
        officialId: found.official.id,
        unitCode: unit.code,
        roles,
        validFrom,
        recordedBy: actor.officialId,
      });
    });
    return this.view(found.official.id);
  }

  /** The account can no longer sign in, and every session it has ends now: its tokens are refused from the next request. */
  async deactivate(actor: Actor, officialId: string, reason: string): Promise<OfficialAdminView> {
    if (officialId === actor.officialId)
      throw new BadRequestException({
        message: 'Không tự khóa tài khoản của chính mình: hãy nhờ một quản trị viên khác nếu cần.',
        en: 'You cannot lock your own account: ask another administrator if needed.',
      } satisfies Bilingual);
    const found = await this.officialInScope(actor, officialId);
    await this.dataSource.getRepository(OfficialEntity).update({ id: found.official.id }, { active: false });
    await this.sessions.revokeAllOf(found.official.id, 'deactivated');
    // The reason has no column of its own yet; the structured log keeps who closed which account and why.
    this.logger.log({ msg: 'official deactivated', officialId: found.official.id, by: actor.officialId, reason: normalizeText(reason) });
    return this.view(found.official.id);
  }

  /** The account may sign in again, with the password it had; its old sessions stay ended. */
  async reactivate(actor: Actor, officialId: string): Promise<OfficialAdminView> {
    const found = await this.officialInScope(actor, officialId);
    this.assertOpen(found.unit);
    await this.dataSource.getRepository(OfficialEntity).update({ id: found.official.id }, { active: true });
    this.logger.log({ msg: 'official reactivated', officialId: found.official.id, by: actor.officialId });
    return this.view(found.official.id);
  }

  async postingsOf(actor: Actor, officialId: string): Promise<PostingView[]> {
    const found = await this.officialInScope(actor, officialId);
    const postings = await this.postings.of(found.official.id);
    const units = postings.length
      ? await this.dataSource.getRepository(UnitEntity).findBy({ code: In([...new Set(postings.map((p) => p.unitCode))]) })
      : [];
    const names = new Map(units.map((u) => [u.code, u.name]));
    return postings.map((posting) => ({
      unitCode: posting.unitCode,
      unitName: names.get(posting.unitCode) ?? null,
      roles: roleLabels(posting.roles),
      validFrom: posting.validFrom,
      validTo: posting.validTo,
      changeRef: posting.changeRef,
      recordedBy: posting.recordedBy,
    }));
  }

  private async unitInScope(actor: Actor, unitCode: string): Promise<UnitEntity> {
    const unit = await this.directory.findUnit(unitCode);
    if (!unit)
      throw new NotFoundException({
        message: `Không tìm thấy đơn vị có mã "${unitCode}".`,
        en: `No unit has the code "${unitCode}".`,
      } satisfies Bilingual);
    if (!administersAccountsIn(actor, unit.path))
      throw new ForbiddenException({
        message: `Đơn vị "${unit.name}" (${unit.code}) nằm ngoài phạm vi quản trị tài khoản của bạn.`,
        en: `Unit "${unit.name}" (${unit.code}) is outside the accounts you administer.`,
      } satisfies Bilingual);
    return unit;
  }

  private async officialInScope(actor: Actor, officialId: string): Promise<OfficialWithRoles> {
    const found = await this.directory.findOfficial({ id: officialId });
    if (!found) throw this.officialNotFound(officialId);
    await this.unitInScope(actor, found.unit.code);
    if (!mayTouchHolder(actor, found.roles))
      throw new ForbiddenException({
        message: 'Tài khoản Quản trị hệ thống chỉ do Quản trị hệ thống quản lý.',
        en: 'A System administrator account is managed by system administrators only.',
      } satisfies Bilingual);
    return found;
  }

  /** A unit dissolved by an org change takes no one. */
  private assertOpen(unit: UnitEntity): void {
    if (unit.active === false)
      throw new BadRequestException({
        message: `Đơn vị "${unit.name}" (${unit.code}) đã giải thể${unit.successorCode ? `; đơn vị kế thừa là ${unit.successorCode}` : ''}.`,
        en: `Unit "${unit.name}" (${unit.code}) has been dissolved${unit.successorCode ? `; its successor is ${unit.successorCode}` : ''}.`,
      } satisfies Bilingual);
  }

  private effectiveOn(given: string | undefined, openSince: string | null): string {
    const today = toLocalDate(new Date());
    const day = given ?? today;
    const refusal = effectiveOnRefusalWords(day, today, openSince);
    if (refusal) throw invalidInput({ ...refusal, errors: [{ path: 'effectiveOn', ...refusal }] });
    return day;
  }

  private enforce(refusal: RuleRefusal | null): void {
    if (!refusal) return;
    const words: Bilingual = { message: refusal.message, en: refusal.en };
    if (refusal.kind === 'forbidden') throw new ForbiddenException(words);
    throw invalidInput({ ...words, errors: [{ path: 'roles', ...words }] });
  }

  private usernameTaken(username: string): ConflictException {
    return new ConflictException({
      message: `Tên đăng nhập "${username}" đã có người dùng; hãy chọn tên khác.`,
      en: `The username "${username}" is already taken; please choose another.`,
    } satisfies Bilingual);
  }

  private officialNotFound(officialId: string): NotFoundException {
    return new NotFoundException({
      message: `Không tìm thấy cán bộ có mã "${officialId}".`,
      en: `No official has the id "${officialId}".`,
    } satisfies Bilingual);
  }

  private async writeRoles(manager: EntityManager, officialId: string, roles: readonly Role[]): Promise<void> {
    await manager.getRepository(OfficialRoleEntity).insert(roles.map((role) => ({ officialId, role })));
  }

  private async officialsOfUnits(codes: string[]): Promise<OfficialEntity[]> {
    const found: OfficialEntity[] = [];
    // In chunks: SQLite caps the parameters of one statement.
    for (let i = 0; i < codes.length; i += 500)
      found.push(...(await this.dataSource.getRepository(OfficialEntity).findBy({ unitCode: In(codes.slice(i, i + 500)) })));
    return found;
  }

  private async view(officialId: string): Promise<OfficialAdminView> {
    const found = await this.directory.findOfficial({ id: officialId });
    if (!found) throw this.officialNotFound(officialId);
    return toOfficialAdminView(found);
  }
}

const unique = (roles: readonly Role[]): Role[] => [...new Set(roles)];
