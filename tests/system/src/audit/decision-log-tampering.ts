import type { DataSource } from 'typeorm';
import { decisionHash, DecisionLogEntity } from '@tdkt/persistence';

/**
 * What a dishonest database owner could do to a campaign's decision log, done with plain SQL on the real
 * database, each undone by `restore` so the next case starts from the honest log.
 */
export class DecisionLogTampering {
  private original: DecisionLogEntity[] = [];
  private head: { last_seq: number; last_hash: string } | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly campaignId: string,
  ) {}

  private get rows() {
    return this.dataSource.getRepository(DecisionLogEntity);
  }

  async snapshot(): Promise<DecisionLogEntity[]> {
    this.original = await this.rows.find({ where: { campaignId: this.campaignId }, order: { seq: 'ASC' } });
    this.head = await this.chains()
      .select(['c.last_seq AS last_seq', 'c.last_hash AS last_hash'])
      .from('decision_chains', 'c')
      .where('c.campaign_id = :id', { id: this.campaignId })
      .getRawOne();
    return this.original;
  }

  async restore(): Promise<void> {
    await this.rows.delete({ campaignId: this.campaignId });
    for (let i = 0; i < this.original.length; i += 200) await this.rows.insert(this.original.slice(i, i + 200));
    await this.setHead({ last_seq: this.head!.last_seq, last_hash: this.head!.last_hash });
  }

  /** Changes one recorded comment in place. */
  async edit(seq: number, comment: string): Promise<void> {
    await this.rows.update({ campaignId: this.campaignId, seq }, { comment });
  }

  async delete(seq: number): Promise<void> {
    await this.rows.delete({ campaignId: this.campaignId, seq });
  }

  /** Swaps the positions of two rows, through a free position since (campaign, seq) is unique. */
  async swap(seq: number, other: number): Promise<void> {
    await this.rows.update({ campaignId: this.campaignId, seq }, { seq: -1 });
    await this.rows.update({ campaignId: this.campaignId, seq: other }, { seq });
    await this.rows.update({ campaignId: this.campaignId, seq: -1 }, { seq: other });
  }

  /**
   * Inserts a forged step after `afterSeq`, hashed and linked to its predecessor exactly as the log would
   * have written it, and moves every later row down one position.
   */
  async insertForged(afterSeq: number, forged: Partial<DecisionLogEntity>): Promise<void> {
    const before = this.original.find((row) => row.seq === afterSeq)!;
    const later = this.original.filter((row) => row.seq > afterSeq).sort((a, b) => b.seq - a.seq);
    for (const row of later) await this.rows.update({ id: row.id }, { seq: row.seq + 1 });
    const row = { ...before, ...forged, id: 'forged-0000-0000-0000-000000000000', seq: afterSeq + 1, prevHash: before.hash };
    await this.rows.insert({ ...row, hash: decisionHash(before.hash, row) });
  }

  /** Rewrites one comment and recomputes every hash after it, and the chain head: a consistent forgery. */
  async rewriteFrom(seq: number, comment: string): Promise<void> {
    let prev = this.original.find((row) => row.seq === seq - 1)?.hash;
    for (const row of this.original.filter((r) => r.seq >= seq)) {
      const changed = { ...row, comment: row.seq === seq ? comment : row.comment, prevHash: prev ?? row.prevHash };
      const hash = decisionHash(changed.prevHash, changed);
      await this.rows.update({ id: row.id }, { comment: changed.comment, prevHash: changed.prevHash, hash });
      prev = hash;
    }
    await this.setHead({ last_hash: prev });
  }

  private chains() {
    return this.dataSource.createQueryBuilder();
  }

  private setHead(values: { last_seq?: number; last_hash?: string }) {
    return this.chains().update('decision_chains').set(values).where('campaign_id = :id', { id: this.campaignId }).execute();
  }
}
