import { DataSource } from 'typeorm';
import type { DecisionSource } from '@tdkt/domain';
import { DecisionLogEntity } from '../entities/decision-log.entity';
import { runAtomically } from '../campaigns/atomic-sql';
import { LIKE_ESCAPE, pathPrefixPattern } from '../campaigns/like-pattern';
import type { Page, PageRequest } from '../campaigns/page';
import { appendDecisions, ChainHead, DecisionBatch, lockChainHead } from './append-decisions.work';

export interface TimelineQuery extends PageRequest {
  /** Only steps on units at or below this path; steps with no unit (the log's own) only when `includeUnitless`. */
  underPath?: string;
  includeUnitless?: boolean;
  actorUsername?: string;
  actions?: string[];
  /** ISO instants, inclusive. */
  from?: string;
  to?: string;
}

/** The decision log of every campaign: appended by activities, read by auditors, verified by the audit tools. */
export class DecisionLog {
  constructor(private readonly dataSource: DataSource) {}

  append(batch: DecisionBatch): Promise<ChainHead> {
    return runAtomically(this.dataSource, () => appendDecisions(batch, new Date()));
  }

  /**
   * The chain head as it stands, then a "sealed" row recording it. The caller (the campaign workflow)
   * keeps the returned head in its history, out of reach of whoever can rewrite this database.
   */
  seal(campaignId: string, label: string, source: DecisionSource, at: string): Promise<ChainHead> {
    return runAtomically(this.dataSource, function* () {
      const head = yield* lockChainHead(campaignId);
      const entry = {
        eventKey: `sealed:${label}`,
        at,
        action: 'chain_sealed' as const,
        actor: null,
        capacity: null,
        unitCode: null,
        obligationKey: null,
        comment: null,
        values: { label, seq: head.seq, hash: head.hash },
        dueAt: null,
      };
      yield* appendDecisions({ campaignId, source, entries: [entry] }, new Date());
      return head;
    });
  }

  async head(campaignId: string): Promise<ChainHead | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select(['c.last_seq AS last_seq', 'c.last_hash AS last_hash'])
      .from('decision_chains', 'c')
      .where('c.campaign_id = :campaignId', { campaignId })
      .getRawOne();
    return row ? { seq: Number(row.last_seq), hash: String(row.last_hash) } : null;
  }

  /**
   * Rows and head as of one moment, as verifyDecisionChain needs them: read between two equal heads (an
   * append writes both in one transaction and the head only moves forward), so a step appended meanwhile
   * never reads as a deletion. Retried a few times on a busy campaign.
   */
  async chainSnapshot(campaignId: string): Promise<{ rows: DecisionLogEntity[]; head: ChainHead | null }> {
    let head = await this.head(campaignId);
    for (let attempt = 0; ; attempt++) {
      const rows = await this.rows(campaignId);
      const after = await this.head(campaignId);
      if ((head?.seq === after?.seq && head?.hash === after?.hash) || attempt === 4) return { rows, head: after };
      head = after;
    }
  }

  /** Every row of a campaign in chain order, as verifyDecisionChain reads them. */
  rows(campaignId: string): Promise<DecisionLogEntity[]> {
    return this.dataSource.getRepository(DecisionLogEntity).find({ where: { campaignId }, order: { seq: 'ASC' } });
  }

  /** Steps in the order they happened (chain order among steps of the same instant). */
  async timeline(campaignId: string, query: TimelineQuery): Promise<Page<DecisionLogEntity>> {
    const builder = this.dataSource
      .getRepository(DecisionLogEntity)
      .createQueryBuilder('d')
      .where('d.campaignId = :campaignId', { campaignId });
    if (query.underPath !== undefined) {
      const under = `d.unit_path LIKE :prefix ${LIKE_ESCAPE}`;
      builder.andWhere(query.includeUnitless ? `(${under} OR d.unit_code IS NULL)` : under, { prefix: pathPrefixPattern(query.underPath) });
    }
    if (query.actorUsername !== undefined) builder.andWhere('d.actorUsername = :actor', { actor: query.actorUsername });
    if (query.actions?.length) builder.andWhere('d.action IN (:...actions)', { actions: query.actions });
    if (query.from !== undefined) builder.andWhere('d.at >= :from', { from: query.from });
    if (query.to !== undefined) builder.andWhere('d.at <= :to', { to: query.to });
    const [items, total] = await builder
      .orderBy('d.at', 'ASC')
      .addOrderBy('d.seq', 'ASC')
      .limit(query.limit)
      .offset(query.offset)
      .getManyAndCount();
    return { items, total };
  }
}
