import { randomUUID } from 'node:crypto';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { canActOnUnit, Delegation, refuseNewDelegation } from '@tdkt/domain';
import { DelegationRepository, OrgDirectory, OfficialWithRoles } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { CreateDelegationDto } from './create-delegation.dto';
import { refusalException } from '../common/refusal-exception';
import { RevokeDelegationDto } from './revoke-delegation.dto';
import type { Bilingual } from '../common/problem/said';

/**
 * Delegations (ủy quyền): a leader gives some decisions to another official of the body for a period,
 * or an administrator does it for an absent leader, with a reason. Revoked, never deleted.
 */
@Injectable()
export class DelegationsService {
  constructor(
    private readonly delegations: DelegationRepository,
    private readonly directory: OrgDirectory,
  ) {}

  async create(me: CurrentOfficialInfo, body: CreateDelegationDto): Promise<Delegation> {
    const from = body.fromUsername
      ? await this.official(body.fromUsername)
      : await this.directory.findOfficial({ id: me.actor.officialId });
    if (!from)
      throw new NotFoundException({
        message: 'Không tìm thấy người ủy quyền.',
        en: 'The delegating official was not found.',
      } satisfies Bilingual);
    if (body.fromUsername && !canActOnUnit(me.actor, from.unit.path, ['admin'])) {
      throw new ForbiddenException({
        message: 'Chỉ quản trị viên có phạm vi trên đơn vị của người vắng mặt được giao việc của người đó cho người khác.',
        en: "Only an administrator whose scope covers the absent official's unit may hand that official's work to someone else.",
      } satisfies Bilingual);
    }
    const to = await this.official(body.toUsername);
    const party = (o: OfficialWithRoles) => ({
      officialId: o.official.id,
      username: o.official.username,
      fullName: o.official.fullName,
      unitCode: o.unit.code,
    });
    const [startsAt, endsAt] = [new Date(body.startsAt), new Date(body.endsAt)];
    const refusal = refuseNewDelegation(party(from), from.roles, party(to), startsAt, endsAt, new Date());
    if (refusal) throw refusalException(refusal);
    return this.delegations.create({
      id: randomUUID(),
      fromOfficialId: from.official.id,
      toOfficialId: to.official.id,
      unitCode: from.unit.code,
      kinds: body.kinds,
      campaignId: body.campaignId ?? null,
      startsAt,
      endsAt,
      reason: body.reason.trim(),
      createdBy: me.actor.officialId,
    });
  }

  mine(me: CurrentOfficialInfo): Promise<Delegation[]> {
    return this.delegations.involving(me.actor.officialId);
  }

  /** The delegating leader, or an administrator in scope, revokes a delegation still in force. */
  async revoke(me: CurrentOfficialInfo, id: string, body: RevokeDelegationDto): Promise<Delegation> {
    const delegation = await this.delegations.findById(id);
    if (!delegation)
      throw new NotFoundException({
        message: `Không tìm thấy ủy quyền "${id}".`,
        en: `Delegation "${id}" was not found.`,
      } satisfies Bilingual);
    const unit = await this.directory.findUnit(delegation.from.unitCode);
    const mayRevoke = delegation.from.officialId === me.actor.officialId || (!!unit && canActOnUnit(me.actor, unit.path, ['admin']));
    if (!mayRevoke)
      throw new ForbiddenException({
        message: 'Chỉ người ủy quyền hoặc quản trị viên được thu hồi ủy quyền này.',
        en: 'Only the delegating official or an administrator may revoke this delegation.',
      } satisfies Bilingual);
    await this.delegations.revoke(id, me.actor.officialId, body.reason.trim(), new Date());
    return (await this.delegations.findById(id))!;
  }

  private async official(username: string): Promise<OfficialWithRoles> {
    const found = await this.directory.findOfficial({ username });
    if (!found?.official.active)
      throw new NotFoundException({
        message: `Không tìm thấy cán bộ "${username}" (hoặc tài khoản đã ngừng hoạt động).`,
        en: `Official "${username}" was not found (or the account is no longer active).`,
      } satisfies Bilingual);
    return found;
  }
}
