import { Injectable, NotFoundException } from '@nestjs/common';
import { ActorRef, DelegatedAction, Delegation, refuseDelegatedAction } from '@tdkt/domain';
import { ActingForGrant, DelegationRepository, OrgDirectory } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { actorRefOf } from '../common/actor-ref';
import { refusalException } from '../common/refusal-exception';
import type { Bilingual } from '../common/problem/said';

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

  async actorFor(me: CurrentOfficialInfo, delegationId: string | undefined, action: DelegableAction): Promise<ActorRef> {
    if (!delegationId) return actorRefOf(me);
    const delegation = await this.delegations.findById(delegationId);
    if (!delegation)
      throw new NotFoundException({
        message: `Không tìm thấy ủy quyền "${delegationId}".`,
        en: `Delegation "${delegationId}" was not found.`,
      } satisfies Bilingual);
    const refusal = refusalOf(delegation, me, action, new Date());
    if (refusal) throw refusalException(refusal);
    return this.lentActor(me, delegation);
  }

  /**
   * Each delegation in force the official holds that covers `action`, with the actor actorFor would build under it:
   * what a page offers them to do in a leader's place. The delegations are read once, not again one by one.
   */
  async lentActorsFor(me: CurrentOfficialInfo, action: DelegableAction, at = new Date()): Promise<LentActor[]> {
    const covering = (await this.delegations.inForceFor(me.actor.officialId, at)).filter(
      (delegation) => !refusalOf(delegation, me, action, at),
    );
    return Promise.all(covering.map(async (delegation) => ({ delegation, actor: await this.lentActor(me, delegation) })));
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
        roles: await this.leaderRoles(delegation),
        kinds: delegation.kinds,
        campaignId: delegation.campaignId,
      })),
    );
  }

  /** The official, holding for this decision the delegating leader's roles (as the directory has them today) in the leader's unit. */
  private async lentActor(me: CurrentOfficialInfo, delegation: Delegation): Promise<ActorRef> {
    const { from } = delegation;
    return {
      ...actorRefOf(me),
      unitCode: from.unitCode,
      roles: await this.leaderRoles(delegation),
      delegatedBy: {
        delegationId: delegation.id,
        officialId: from.officialId,
        username: from.username,
        fullName: from.fullName,
        title: from.title ?? null,
      },
    };
  }

  private async leaderRoles(delegation: Delegation): Promise<ActorRef['roles']> {
    return [...((await this.directory.findOfficial({ id: delegation.from.officialId }))?.roles ?? [])];
  }
}

/** A step a delegate may take, of a kind and campaign; the unit is the delegating leader's unless named. */
type DelegableAction = Omit<DelegatedAction, 'unitCode' | 'at'> & { unitCode?: string };

/** A delegation in force and the actor it lends the official who holds it. */
export interface LentActor {
  delegation: Delegation;
  actor: ActorRef;
}

/**
 * Why the delegation does not let the official take `action` at `at`. The unit defaults to the leader's own: the
 * caller's workflow rules then check that the leader's unit is the one that decides.
 */
function refusalOf(delegation: Delegation, me: CurrentOfficialInfo, action: DelegableAction, at: Date) {
  return refuseDelegatedAction(delegation, me.actor.officialId, { ...action, unitCode: action.unitCode ?? delegation.from.unitCode, at });
}
