import type { DataSource } from 'typeorm';
import { CampaignParticipantEntity } from '../entities/campaign-participant.entity';

export type FrozenParticipant = Omit<CampaignParticipantEntity, 'campaignId'>;

/** Rows per INSERT: well under both engines' limits on bound parameters (SQLite's is 32,766). */
const CHUNK = 500;

/**
 * The list of units a campaign was issued to, written once: the first fan-out step computes it from the tree
 * and every later step (and every retry, and every other worker) reads the same list back.
 */
export class ParticipantRoster {
  constructor(private readonly dataSource: DataSource) {}

  async of(campaignId: string): Promise<FrozenParticipant[]> {
    const rows = await this.dataSource.getRepository(CampaignParticipantEntity).find({ where: { campaignId }, order: { unitCode: 'ASC' } });
    return rows.map(({ campaignId: _, ...participant }) => participant);
  }

  /** Stores the list unless one is there already (two workers racing both store the same rows; the first wins). */
  async freeze(campaignId: string, participants: readonly FrozenParticipant[]): Promise<FrozenParticipant[]> {
    await this.dataSource.transaction(async (manager) => {
      for (let i = 0; i < participants.length; i += CHUNK) {
        const rows = participants.slice(i, i + CHUNK).map((p) => ({ ...p, campaignId }));
        await manager.createQueryBuilder().insert().into(CampaignParticipantEntity).values(rows).orIgnore().execute();
      }
    });
    return this.of(campaignId);
  }
}
