import { Brackets, DataSource, Repository } from 'typeorm';
import type { PlanDefinition } from '@tdkt/domain';
import { CampaignEntity, StoredCampaignStatus } from '../entities/campaign.entity';
import type { Page, PageRequest } from './page';
import { LIKE_ESCAPE, pathPrefixPattern } from './like-pattern';

export interface NewCampaign {
  id: string;
  /** Title, year, issuer and template are read from the plan, so they cannot disagree with it. */
  plan: PlanDefinition;
  createdBy: string;
  status?: StoredCampaignStatus;
}

export interface CampaignListQuery extends PageRequest {
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

  constructor(dataSource: DataSource) {
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
            .orWhere(`EXISTS (SELECT 1 FROM unit_progress p WHERE p.campaign_id = c.id AND p.unit_path LIKE :prefix ${LIKE_ESCAPE})`, { prefix }),
        ),
      );
    }
    if (query.status !== undefined) builder.andWhere('c.status = :status', { status: query.status });
    if (query.year !== undefined) builder.andWhere('c.year = :year', { year: query.year });
    const [items, total] = await builder.orderBy('c.createdAt', 'DESC').addOrderBy('c.id', 'ASC').limit(query.limit).offset(query.offset).getManyAndCount();
    return { items, total };
  }

  /** Returns false when there is no such campaign. Setting the same values again changes nothing, so retries are safe. */
  async updateStatus(id: string, status: StoredCampaignStatus, change: StatusChange = {}): Promise<boolean> {
    const result = await this.campaigns.update(
      { id },
      {
        status,
        updatedAt: new Date(),
        ...(change.planNumber !== undefined && { planNumber: change.planNumber }),
        ...(change.issuedAt !== undefined && { issuedAt: change.issuedAt }),
      },
    );
    return (result.affected ?? 0) > 0;
  }
}
