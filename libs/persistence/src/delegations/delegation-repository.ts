import { DataSource, In, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import type { Delegation, DelegationParty, HumanTaskKind } from '@tdkt/domain';
import { DelegationEntity } from '../entities/delegation.entity';
import { OfficialEntity } from '../entities/official.entity';

export interface NewDelegation {
  id: string;
  fromOfficialId: string;
  toOfficialId: string;
  unitCode: string;
  kinds: HumanTaskKind[];
  campaignId: string | null;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  createdBy: string;
}

/** Delegations with both officials named, as the rules and the record need them. */
export class DelegationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(delegation: NewDelegation): Promise<Delegation> {
    await this.dataSource
      .getRepository(DelegationEntity)
      .insert({ ...delegation, createdAt: new Date(), revokedAt: null, revokedBy: null, revokeReason: null });
    return (await this.findById(delegation.id))!;
  }

  async findById(id: string): Promise<Delegation | null> {
    const entity = await this.dataSource.getRepository(DelegationEntity).findOneBy({ id });
    return entity ? (await this.named([entity]))[0] : null;
  }

  /** Delegations an official gave or received, newest first. */
  async involving(officialId: string): Promise<Delegation[]> {
    const entities = await this.dataSource.getRepository(DelegationEntity).find({
      where: [{ fromOfficialId: officialId }, { toOfficialId: officialId }],
      order: { createdAt: 'DESC' },
    });
    return this.named(entities);
  }

  /** Delegations an official holds at `at`: received, started, not yet ended nor revoked (what they may act under). */
  async inForceFor(officialId: string, at: Date): Promise<Delegation[]> {
    const entities = await this.dataSource.getRepository(DelegationEntity).find({
      where: { toOfficialId: officialId, revokedAt: IsNull(), startsAt: LessThanOrEqual(at), endsAt: MoreThan(at) },
      order: { createdAt: 'DESC' },
    });
    return this.named(entities);
  }

  /** Revokes a delegation still in force; false when it was revoked already. */
  async revoke(id: string, by: string, reason: string, at: Date): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(DelegationEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: at, revokedBy: by, revokeReason: reason })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async named(entities: DelegationEntity[]): Promise<Delegation[]> {
    const ids = [...new Set(entities.flatMap((e) => [e.fromOfficialId, e.toOfficialId]))];
    const officials = ids.length ? await this.dataSource.getRepository(OfficialEntity).findBy({ id: In(ids) }) : [];
    const party = (id: string): DelegationParty => {
      const o = officials.find((official) => official.id === id)!;
      return { officialId: o.id, username: o.username, fullName: o.fullName, unitCode: o.unitCode, title: o.title };
    };
    return entities.map((e) => ({
      id: e.id,
      from: party(e.fromOfficialId),
      to: party(e.toOfficialId),
      kinds: e.kinds,
      campaignId: e.campaignId,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      reason: e.reason,
      revokedAt: e.revokedAt?.toISOString() ?? null,
    }));
  }
}
