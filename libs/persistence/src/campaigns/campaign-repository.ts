import { Brackets, DataSource, Repository } from 'typeorm';
import { amendPlan, type ApprovalState, type PlanAmendment, type PlanDefinition } from '@tdkt/domain';
import { appendDecisions, DecisionBatch } from '../audit/append-decisions.work';
import { runAtomically, sql } from './atomic-sql';
import { CampaignEntity, CampaignKind, StoredCampaignStatus } from '../entities/campaign.entity';
import type { Page, PageRequest } from './page';
import { LIKE_ESCAPE, pathPrefixPattern } from './like-pattern';

export interface NewCampaign {
  id: string;
  /** Title, year, issuer and template are read from the plan, so they cannot disagree with it. */
  plan: PlanDefinition;
  createdBy: string;
  status?: StoredCampaignStatus;
  /** A request for a report outside the phases (and the campaign it was made in), rather than a plan. */
  kind?: CampaignKind;
  parentCampaignId?: string | null;
}

export interface CampaignListQuery extends PageRequest {
  /** Plans by default: requests are listed on their own. */
  kind?: CampaignKind;
  parentCampaignId?: string;
  /** Only campaigns issued in this subtree, or in which a unit of it takes part. */
  visibleToPath?: string;
  status?: StoredCampaignStatus;
  year?: number;
}

export interface StatusChange {
  planNumber?: string;
  issuedAt?: Date;
}

export class CampaignRepository {
  private readonly campaigns: Repository<CampaignEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.campaigns = dataSource.getRepository(CampaignEntity);
  }

  async create(campaign: NewCampaign): Promise<CampaignEntity> {
    const now = new Date();
    const entity = this.campaigns.create({
      id: campaign.id,
      title: campaign.plan.title,
      issuerUnitCode: campaign.plan.issuer.unitCode,
      year: campaign.plan.year,
      status: campaign.status ?? 'in_approval',
      planNumber: null,
      plan: campaign.plan,
      templateKey: campaign.plan.templateKey ?? null,
      createdBy: campaign.createdBy,
      createdAt: now,
      issuedAt: null,
      approval: null,
      approvalVersion: 0,
      kind: campaign.kind ?? 'plan',
      parentCampaignId: campaign.parentCampaignId ?? null,
      planVersion: 1,
      updatedAt: now,
    });
    await this.campaigns.insert(entity);
    return entity;
  }

  findById(id: string): Promise<CampaignEntity | null> {
    return this.campaigns.findOneBy({ id });
  }

  /** Newest first. */
  async list(query: CampaignListQuery): Promise<Page<CampaignEntity>> {
    const builder = this.campaigns.createQueryBuilder('c');
    if (query.visibleToPath !== undefined) {
      const prefix = pathPrefixPattern(query.visibleToPath);
      builder.andWhere(
        new Brackets((visible) =>
          visible
            .where(`EXISTS (SELECT 1 FROM units u WHERE u.code = c.issuer_unit_code AND u.path LIKE :prefix ${LIKE_ESCAPE})`, { prefix })
            .orWhere(`EXISTS (SELECT 1 FROM unit_progress p WHERE p.campaign_id = c.id AND p.unit_path LIKE :prefix ${LIKE_ESCAPE})`, {
              prefix,
            }),
        ),
      );
    }
    builder.andWhere('c.kind = :kind', { kind: query.kind ?? 'plan' });
    if (query.parentCampaignId !== undefined) builder.andWhere('c.parent_campaign_id = :parent', { parent: query.parentCampaignId });
    if (query.status !== undefined) builder.andWhere('c.status = :status', { status: query.status });
    if (query.year !== undefined) builder.andWhere('c.year = :year', { year: query.year });
    const [items, total] = await builder
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .limit(query.limit)
      .offset(query.offset)
      .getManyAndCount();
    return { items, total };
  }

  /**
   * The status and the steps that changed it (numbering, issue, close) in the decision log, all or nothing.
   * Returns false when there is no such campaign. Setting the same values again changes nothing, so retries are safe.
   */
  recordStatus(id: string, status: StoredCampaignStatus, change: StatusChange = {}, decisions?: DecisionBatch): Promise<boolean> {
    const now = new Date();
    return runAtomically(this.dataSource, function* () {
      const found = yield sql`SELECT id FROM campaigns WHERE id = ${id}`;
      if (!found.length) return false;
      yield sql`UPDATE campaigns SET status = ${status}, updated_at = ${now} WHERE id = ${id}`;
      if (change.planNumber !== undefined) yield sql`UPDATE campaigns SET plan_number = ${change.planNumber} WHERE id = ${id}`;
      if (change.issuedAt !== undefined) yield sql`UPDATE campaigns SET issued_at = ${change.issuedAt} WHERE id = ${id}`;
      if (decisions?.entries.length) yield* appendDecisions(decisions, now);
      return true;
    });
  }

  /**
   * An amendment of the issued plan: the amended plan replaces the stored one (every unit's dates are
   * computed from it from now on), the amendment is kept under its number, and its decision is logged,
   * all or nothing. A retry of an amendment already stored changes nothing.
   */
  recordAmendment(id: string, amendmentNumber: number, amendment: PlanAmendment, decisions: DecisionBatch): Promise<boolean> {
    const now = new Date();
    return runAtomically(this.dataSource, function* () {
      const rows = yield sql`SELECT plan FROM campaigns WHERE id = ${id}`;
      if (!rows.length) return false;
      const stored = yield sql`SELECT number FROM plan_amendments WHERE campaign_id = ${id} AND number = ${amendmentNumber}`;
      if (stored.length) return true;
      const raw = rows[0].plan as unknown;
      const plan = amendPlan((typeof raw === 'string' ? JSON.parse(raw) : raw) as PlanDefinition, amendment.phases);
      yield sql`UPDATE campaigns SET plan = ${JSON.stringify(plan)}, plan_version = ${amendmentNumber + 1}, updated_at = ${now} WHERE id = ${id}`;
      const { actor } = amendment;
      yield sql`INSERT INTO plan_amendments (campaign_id, number, request_id, reason, phases, amended_by, amended_by_name, amended_at)
        VALUES (${id}, ${amendmentNumber}, ${amendment.requestId}, ${amendment.reason.trim()}, ${JSON.stringify(amendment.phases)},
          ${actor.officialId}, ${actor.fullName}, ${now})`;
      yield* appendDecisions(decisions, now);
      return true;
    });
  }

  /**
   * The plan's approval state, replacing only an older one (a lower version; by default the number of
   * decisions), with its new decisions in the log, all or nothing.
   */
  projectApproval(id: string, approval: ApprovalState, decisions: DecisionBatch, version = approval.decisions.length + 1): Promise<void> {
    const now = new Date();
    return runAtomically(this.dataSource, function* () {
      yield sql`UPDATE campaigns SET approval = ${JSON.stringify(approval)}, approval_version = ${version}, updated_at = ${now}
        WHERE id = ${id} AND approval_version < ${version}`;
      if (decisions.entries.length) yield* appendDecisions(decisions, now);
    });
  }
}
