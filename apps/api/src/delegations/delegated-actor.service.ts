import { Injectable, NotFoundException } from '@nestjs/common';
import { ActorRef, DelegatedAction, refuseDelegatedAction } from '@tdkt/domain';
import { ActingForGrant, DelegationRepository, OrgDirectory } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { actorRefOf } from '../common/actor-ref';
import { refusalException } from '../common/refusal-exception';

/**
 * Who acts, when an official decides under a delegation: themselves, holding for this decision the
 * delegating leader's roles in the leader's unit, with the leader named. The workflow's own rules then
 * apply as to the leader, and the record keeps both names and "TUQ.".
 */
@Injectable()
export class DelegatedActorService {
  constructor(
    private readonly delegations: DelegationRepository,
    private readonly directory: OrgDirectory,
  ) {}

  async actorFor(
    me: CurrentOfficialInfo,
    delegationId: string | undefined,
    action: Omit<DelegatedAction, 'unitCode' | 'at'> & { unitCode?: string },
  ): Promise<ActorRef> {
    const own = actorRefOf(me);
    if (!delegationId) return own;
    const delegation = await this.delegations.findById(delegationId);
    if (!delegation) throw new NotFoundException(`Không tìm thấy ủy quyền "${delegationId}".`);
    const refusal = refuseDelegatedAction(delegation, me.actor.officialId, {
      ...action,
      unitCode: action.unitCode ?? delegation.from.unitCode,
      at: new Date(),
    });
    if (refusal) throw refusalException(refusal);
    const leader = await this.directory.findOfficial({ id: delegation.from.officialId });
    const { from } = delegation;
    return {
      ...own,
      unitCode: from.unitCode,
      roles: [...(leader?.roles ?? [])],
      delegatedBy: {
        delegationId: delegation.id,
        officialId: from.officialId,
        username: from.username,
        fullName: from.fullName,
        title: from.title ?? null,
      },
    };
  }

  /**
   * What the official may act on for others now: each delegation in force they hold, with the delegating leader's
   * roles as the directory has them today (the same roles actorFor lends), so their inbox lists those tasks too.
   */
  async actingFor(me: CurrentOfficialInfo, at = new Date()): Promise<ActingForGrant[]> {
    const delegations = await this.delegations.inForceFor(me.actor.officialId, at);
    return Promise.all(
      delegations.map(async (delegation) => ({
        delegationId: delegation.id,
        unitCode: delegation.from.unitCode,
        roles: (await this.directory.findOfficial({ id: delegation.from.officialId }))?.roles ?? [],
        kinds: delegation.kinds,
        campaignId: delegation.campaignId,
      })),
    );
  }
}
