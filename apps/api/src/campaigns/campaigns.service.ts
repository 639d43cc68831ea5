import { randomUUID } from 'node:crypto';
import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { AppConfig } from '@tdkt/config';
import { approvalWorkflowId, CampaignInput, campaignWorkflowId, decideUpdate, endCampaignUpdate } from '@tdkt/contracts';
import {
  ApprovalStep,
  clonePlanForYear,
  escalationTarget,
  NATIONAL_CALENDAR,
  parentCodeOf,
  phasesOpeningBefore,
  PlanDefinition,
  PlanOrgContext,
  signingBodyFor,
  toLocalDate,
  validatePlan,
} from '@tdkt/domain';
import { CampaignEntity, CampaignProjections, CampaignRepository, OrgDirectory } from '@tdkt/persistence';
import { APP_CONFIG } from '../config/config.module';
import { AccessPolicy } from '../access/access-policy.service';
import { AwardCatalogueService } from '../awards/award-catalogue.service';
import { actorRefOf } from '../common/actor-ref';
import { DelegatedActorService } from '../delegations/delegated-actor.service';
import { NationalCalendarService } from '../calendar/national-calendar.service';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { PlanDecisionDto } from './campaign.dto';
import { EndCampaignDto } from './end-campaign.dto';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';

@Injectable()
export class CampaignsService {
  constructor(
    private readonly temporal: Client,
    private readonly campaigns: CampaignRepository,
    private readonly directory: OrgDirectory,
    private readonly delegated: DelegatedActorService,
    private readonly calendar: NationalCalendarService,
    private readonly projections: CampaignProjections,
    private readonly catalogues: AwardCatalogueService,
    private readonly policy: AccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Validates the plan against the current unit tree, records the campaign and starts its workflow,
   * which puts the plan on its approval chain at once (the drafter's creation is the submission).
   */
  async create(me: CurrentOfficialInfo, draft: unknown): Promise<CampaignEntity> {
    const [org, entered, awards] = await Promise.all([
      // A new plan is checked against today's tree: a unit dissolved by an org change takes part no more.
      this.directory.planOrgContext({ activeOnly: true }),
      this.calendar.entered(),
      this.catalogues.inForce(me.unit.code),
    ]);
    // A plan's award forms refer to the catalogue of the drafter's province, its own forms included.
    const result = validatePlan(draft, org, {
      national: { ...NATIONAL_CALENDAR, ...entered },
      draftedAt: new Date(),
      ...(awards ? { awardCatalogues: [awards] } : {}),
    });
    if (!result.ok)
      throw invalidInput({
        message: `Kế hoạch có ${result.errors.length} lỗi cần sửa trước khi trình.`,
        en: `The plan has ${result.errors.length} problem(s) to fix before it is submitted.`,
        errors: result.errors,
      });
    const plan = result.value;
    // Who drafts comes before the dates, so a plan from the wrong unit is refused as such whatever else is wrong with it.
    const issuer = org.units.get(plan.issuer.unitCode)!;
    this.policy.require(
      me,
      'plan_drafting',
      'act',
      { unitPath: issuer.path },
      {
        message: `Chỉ chuyên viên, lãnh đạo của ${plan.issuer.unitCode} được soạn kế hoạch nhân danh đơn vị này; hãy soạn kế hoạch của đơn vị mình.`,
        en: `Only the specialists and leaders of ${plan.issuer.unitCode} may draft a plan on behalf of that unit; draft your own unit's plan.`,
      },
    );
    refusePastOpenings(plan, new Date());

    const above = plan.implements?.campaignId ? await this.implemented(me, plan.implements.campaignId, plan.implements.number) : null;

    const id = randomUUID();
    const campaign = await this.campaigns.create({ id, plan, createdBy: me.actor.officialId, parentCampaignId: above?.id ?? null });
    const input: CampaignInput = {
      campaignId: id,
      plan,
      drafter: actorRefOf(me),
      approvalSteps: this.approvalSteps(plan, org),
      ...(Object.keys(entered).length ? { nationalCalendar: entered } : {}),
    };
    await this.temporal.workflow.start('campaignWorkflow', {
      taskQueue: this.config.temporal.taskQueue,
      workflowId: campaignWorkflowId(id),
      args: [input],
    });
    return campaign;
  }

  /** The issued campaign a plan says it implements: it must be one the drafter can see, and its number must match. */
  private async implemented(me: CurrentOfficialInfo, campaignId: string, number: string): Promise<CampaignEntity> {
    const above = await this.visible(me, campaignId);
    if (above.kind !== 'plan' || !above.planNumber)
      throw new BadRequestException({
        message: `Phong trào "${above.title}" chưa được ban hành: kế hoạch chỉ thực hiện được văn bản đã có số.`,
        en: `Campaign "${above.title}" has not been issued yet: a plan can only carry out a document that has a number.`,
      } satisfies Bilingual);
    if (above.planNumber !== number.trim())
      throw new BadRequestException({
        message: `Số văn bản cấp trên (${number}) không khớp với số của phong trào đó (${above.planNumber}).`,
        en: `The higher level's document number (${number}) does not match that campaign's number (${above.planNumber}).`,
      } satisfies Bilingual);
    return above;
  }

  /**
   * How the campaign sits in the cascade: the plans of lower units that implement it, and the lower
   * units' own plans (kế hoạch cụ thể) as they reported them when launching it.
   */
  async cascade(campaign: CampaignEntity) {
    const implementedBy = await this.campaigns.list({ kind: 'plan', parentCampaignId: campaign.id, limit: 500, offset: 0 });
    return {
      implementedBy: implementedBy.items.map((c) => ({
        id: c.id,
        title: c.title,
        issuerUnitCode: c.issuerUnitCode,
        planNumber: c.planNumber,
        status: c.status,
      })),
      localPlans: await this.projections.localPlans(campaign.id),
    };
  }

  async cloneForYear(me: CurrentOfficialInfo, campaignId: string, year: number): Promise<CampaignEntity> {
    const source = await this.visible(me, campaignId);
    return this.create(me, clonePlanForYear(source.plan, year, await this.calendar.inForce()));
  }

  list(me: CurrentOfficialInfo, query: { status?: string; limit: number; offset: number }) {
    return this.campaigns.list({
      visibleToPath: me.actor.unitPath,
      status: query.status as never,
      limit: query.limit,
      offset: query.offset,
    });
  }

  /**
   * A campaign the official may see (docs/ACCESS.md): issued by their unit or one below it, or, once issued, by a unit
   * above theirs (which they may take part in); a draft only on its issuer's side and along its approval chain.
   */
  async visible(me: CurrentOfficialInfo, campaignId: string): Promise<CampaignEntity> {
    const campaign = await this.campaigns.findById(campaignId);
    if (!campaign)
      throw new NotFoundException({
        message: `Không tìm thấy phong trào "${campaignId}".`,
        en: `Campaign "${campaignId}" was not found.`,
      } satisfies Bilingual);
    await this.policy.requireCampaign(me, campaign);
    return campaign;
  }

  async decidePlan(me: CurrentOfficialInfo, campaignId: string, body: PlanDecisionDto) {
    const campaign = await this.visible(me, campaignId);
    const actor = await this.delegated.actorFor(me, body.delegationId, { kind: 'plan_approval', campaignId });
    try {
      return await this.temporal.workflow.getHandle(approvalWorkflowId({ kind: 'plan', id: campaignId })).executeUpdate(decideUpdate, {
        updateId: body.requestId,
        args: [{ requestId: body.requestId, action: body.action, actor, comment: body.comment, capacity: body.capacity }],
      });
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      if (campaign.status === 'in_approval')
        throw new ConflictException({
          message: 'Kế hoạch đang được đưa vào quy trình duyệt; vui lòng thử lại sau giây lát.',
          en: 'The plan is being put into its approval process; please try again in a moment.',
        } satisfies Bilingual);
      // The chain has ended (signed, rejected or lapsed): there is nothing left to decide.
      throw new ConflictException({
        message: `Quy trình duyệt kế hoạch đã kết thúc (trạng thái phong trào: ${campaign.status}); không còn bước nào chờ quyết định.`,
        en: `The plan's approval has ended (campaign status: ${campaign.status}); no step is waiting for a decision.`,
      } satisfies Bilingual);
    }
  }

  /** Closes or cancels a running campaign through its workflow, which passes the end down to every unit. */
  async end(me: CurrentOfficialInfo, campaignId: string, body: EndCampaignDto) {
    const campaign = await this.visible(me, campaignId);
    try {
      return await this.temporal.workflow.getHandle(campaignWorkflowId(campaignId)).executeUpdate(endCampaignUpdate, {
        updateId: body.requestId,
        args: [{ requestId: body.requestId, outcome: body.outcome, reason: body.reason.trim(), actor: actorRefOf(me) }],
      });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        throw new ConflictException({
          message: `Phong trào đã kết thúc (trạng thái: ${campaign.status}).`,
          en: `The campaign has ended (status: ${campaign.status}).`,
        } satisfies Bilingual);
      throw error;
    }
  }

  /**
   * Template steps without a unit are the issuer's own; a step late past its due date escalates as
   * escalationTarget says; the signing step carries how the issuer signs and what the plan prints.
   */
  private approvalSteps(plan: PlanDefinition, org: PlanOrgContext): ApprovalStep[] {
    return plan.approvalChain.map((step) => {
      const unitCode = step.unitCode ?? plan.issuer.unitCode;
      const path = org.units.get(unitCode)?.path;
      const escalateTo = escalationTarget({ unitCode, roles: step.roles }, path ? parentCodeOf(path) : null);
      const body = step.signs ? signingBodyFor(org.units.get(plan.issuer.unitCode)?.kind ?? '', plan.signature) : undefined;
      const signature = body && { body, printed: { capacity: plan.signature.capacity, signerTitle: plan.signature.signerTitle } };
      return {
        key: step.key,
        label: step.label,
        unitCode,
        roles: step.roles,
        signs: step.signs,
        escalateTo,
        ...(signature ? { signature } : {}),
      };
    });
  }
}

/**
 * A plan whose phases opened before today was written for another time, or issued on paper already:
 * issuing it now would make every unit late at once. It needs its dates fixed, or its paper issue date.
 */
function refusePastOpenings(plan: PlanDefinition, now: Date): void {
  if (plan.issuedOn) return;
  const past = phasesOpeningBefore(plan, toLocalDate(now));
  if (!past.length) return;
  throw invalidInput({
    message: `Kế hoạch có ${past.length} giai đoạn mở từ ngày đã qua. Hãy sửa ngày; nếu kế hoạch đã ban hành trên giấy, ghi ngày ban hành (issuedOn).`,
    en: `The plan has ${past.length} stage(s) opening on a date already past. Fix the dates; if the plan was already issued on paper, give its issue date (issuedOn).`,
    errors: past.map((p) => ({
      path: p.path,
      message: `Giai đoạn "${p.phaseName}" mở từ ngày ${p.opensOn}, trước hôm nay.`,
      en: `Stage "${p.phaseName}" opens on ${p.opensOn}, before today.`,
    })),
  });
}
