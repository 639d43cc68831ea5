import { randomUUID } from 'node:crypto';
import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { AppConfig } from '@tdkt/config';
import { approvalWorkflowId, CampaignInput, campaignWorkflowId, decideUpdate } from '@tdkt/contracts';
import { ApprovalStep, clonePlanForYear, isSameOrDescendant, PlanDefinition, validatePlan } from '@tdkt/domain';
import { CampaignEntity, CampaignRepository, OrgDirectory } from '@tdkt/persistence';
import { APP_CONFIG } from '../config/config.module';
import { actorRefOf } from '../common/actor-ref';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { PlanDecisionDto } from './campaign.dto';

const DRAFTING_ROLES = ['specialist', 'leader', 'deputy_leader'] as const;

@Injectable()
export class CampaignsService {
  constructor(
    private readonly temporal: Client,
    private readonly campaigns: CampaignRepository,
    private readonly directory: OrgDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Validates the plan against the current unit tree, records the campaign and starts its workflow,
   * which puts the plan on its approval chain at once (the drafter's creation is the submission).
   */
  async create(me: CurrentOfficialInfo, draft: unknown): Promise<CampaignEntity> {
    const org = await this.directory.planOrgContext();
    const result = validatePlan(draft, org);
    if (!result.ok) throw new BadRequestException({ message: `Kế hoạch có ${result.errors.length} lỗi cần sửa trước khi trình.`, errors: result.errors });
    const plan = result.value;
    const issuer = org.units.get(plan.issuer.unitCode)!;
    const drafts = me.actor.roles.some((r) => (DRAFTING_ROLES as readonly string[]).includes(r));
    if (!drafts || !isSameOrDescendant(me.actor.unitPath, issuer.path)) {
      throw new ForbiddenException(`Chỉ cán bộ của ${plan.issuer.unitCode} hoặc đơn vị trực thuộc được soạn kế hoạch của đơn vị này.`);
    }

    const id = randomUUID();
    const campaign = await this.campaigns.create({ id, plan, createdBy: me.actor.officialId });
    const input: CampaignInput = { campaignId: id, plan, drafter: actorRefOf(me), approvalSteps: this.approvalSteps(plan) };
    await this.temporal.workflow.start('campaignWorkflow', { taskQueue: this.config.temporal.taskQueue, workflowId: campaignWorkflowId(id), args: [input] });
    return campaign;
  }

  async cloneForYear(me: CurrentOfficialInfo, campaignId: string, year: number): Promise<CampaignEntity> {
    const source = await this.visible(me, campaignId);
    return this.create(me, clonePlanForYear(source.plan, year));
  }

  list(me: CurrentOfficialInfo, query: { status?: string; limit: number; offset: number }) {
    return this.campaigns.list({ visibleToPath: me.actor.unitPath, status: query.status as never, limit: query.limit, offset: query.offset });
  }

  /** A campaign the official may see: issued inside their subtree, or by a unit above theirs (which they may take part in). */
  async visible(me: CurrentOfficialInfo, campaignId: string): Promise<CampaignEntity> {
    const campaign = await this.campaigns.findById(campaignId);
    if (!campaign) throw new NotFoundException(`Không tìm thấy phong trào "${campaignId}".`);
    const issuer = await this.directory.findUnit(campaign.issuerUnitCode);
    const related = !!issuer && (isSameOrDescendant(issuer.path, me.actor.unitPath) || isSameOrDescendant(me.actor.unitPath, issuer.path));
    if (!related) throw new ForbiddenException('Phong trào này nằm ngoài phạm vi của bạn.');
    return campaign;
  }

  async decidePlan(me: CurrentOfficialInfo, campaignId: string, body: PlanDecisionDto) {
    const campaign = await this.visible(me, campaignId);
    try {
      return await this.temporal.workflow.getHandle(approvalWorkflowId({ kind: 'plan', id: campaignId })).executeUpdate(decideUpdate, {
        updateId: body.requestId,
        args: [{ requestId: body.requestId, action: body.action, actor: actorRefOf(me), comment: body.comment, capacity: body.capacity }],
      });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError && campaign.status === 'in_approval') {
        throw new ConflictException('Kế hoạch đang được đưa vào quy trình duyệt; vui lòng thử lại sau giây lát.');
      }
      throw error;
    }
  }

  /** Template steps without a unit are the issuer's own. */
  private approvalSteps(plan: PlanDefinition): ApprovalStep[] {
    return plan.approvalChain.map((step) => ({ key: step.key, label: step.label, unitCode: step.unitCode ?? plan.issuer.unitCode, roles: step.roles, signs: step.signs }));
  }
}
