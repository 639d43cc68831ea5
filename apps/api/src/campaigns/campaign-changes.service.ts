import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { amendPlanUpdate, campaignWorkflowId, pauseCampaignUpdate } from '@tdkt/contracts';
import {
  amendedDeadlinesInThePast,
  amendPlan,
  DecisionEntry,
  LocalDate,
  PhaseDeadlineChange,
  PlanDefinition,
  refuseNonLeader,
  startOfLocalDay,
  toLocalDate,
  validatePlan,
} from '@tdkt/domain';
import { CampaignEntity, OrgDirectory, PlanAmendmentEntity } from '@tdkt/persistence';
import { DataSource } from 'typeorm';
import { actorRefOf } from '../common/actor-ref';
import { refusalException } from '../common/refusal-exception';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { formatVietnamTime } from '../audit/vietnam-time';
import { AwardCatalogueService } from '../awards/award-catalogue.service';
import { NationalCalendarService } from '../calendar/national-calendar.service';
import { AmendPlanDto } from './amend-plan.dto';
import { CampaignsService } from './campaigns.service';
import { PauseCampaignDto } from './pause-campaign.dto';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';

/**
 * The issuer's leader changing a running campaign: amending the plan's deadlines, suspending and
 * resuming it. The api checks what it alone can (the amended plan against the unit tree and the
 * calendar); the campaign workflow decides who may and when, records it, and passes it down the tree.
 */
@Injectable()
export class CampaignChangesService {
  constructor(
    private readonly temporal: Client,
    private readonly campaigns: CampaignsService,
    private readonly directory: OrgDirectory,
    private readonly dataSource: DataSource,
    private readonly calendar: NationalCalendarService,
    private readonly catalogues: AwardCatalogueService,
  ) {}

  async amend(me: CurrentOfficialInfo, campaignId: string, body: AmendPlanDto): Promise<DecisionEntry> {
    const campaign = await this.campaigns.visible(me, campaignId);
    // Who may is the workflow's rule; asked first here so a clerk is not shown the plan's errors.
    const notLeader = refuseNonLeader(actorRefOf(me), campaign.issuerUnitCode, 'điều chỉnh kế hoạch');
    if (notLeader) throw refusalException(notLeader);
    if (!campaign.issuedAt)
      throw new ConflictException({
        message: 'Kế hoạch chưa được ban hành: hãy sửa trong quy trình duyệt thay vì điều chỉnh.',
        en: 'The plan has not been issued yet: change it during its approval instead of amending it.',
      } satisfies Bilingual);
    const phases = await this.checkedChanges(campaign, body.phases as PhaseDeadlineChange[]);
    return this.update(campaign, () =>
      this.temporal.workflow.getHandle(campaignWorkflowId(campaignId)).executeUpdate(amendPlanUpdate, {
        updateId: body.requestId,
        args: [{ requestId: body.requestId, actor: actorRefOf(me), reason: body.reason.trim(), phases }],
      }),
    );
  }

  async pause(me: CurrentOfficialInfo, campaignId: string, action: 'suspend' | 'resume', body: PauseCampaignDto): Promise<DecisionEntry> {
    const campaign = await this.campaigns.visible(me, campaignId);
    return this.update(campaign, () =>
      this.temporal.workflow.getHandle(campaignWorkflowId(campaignId)).executeUpdate(pauseCampaignUpdate, {
        updateId: body.requestId,
        args: [{ requestId: body.requestId, action, actor: actorRefOf(me), reason: body.reason.trim() }],
      }),
    );
  }

  /** The campaign's amendments, oldest first (lần 1, lần 2…). */
  async amendments(me: CurrentOfficialInfo, campaignId: string) {
    await this.campaigns.visible(me, campaignId);
    const items = await this.dataSource.getRepository(PlanAmendmentEntity).find({ where: { campaignId }, order: { number: 'ASC' } });
    return { items, total: items.length };
  }

  /**
   * The amended plan must still be a valid plan for today's tree, and no deadline it sets may already be
   * past. Returns the changes as the validator read them (each due date checked and normalised).
   */
  private async checkedChanges(campaign: CampaignEntity, changes: PhaseDeadlineChange[]): Promise<PhaseDeadlineChange[]> {
    const known = new Set(campaign.plan.stages.flatMap((stage) => stage.phases.map((phase) => phase.key)));
    const unknown = changes.find((change) => !known.has(change.phaseKey));
    if (unknown)
      throw new BadRequestException({
        message: `Kế hoạch không có bước "${unknown.phaseKey}".`,
        en: `The plan has no step "${unknown.phaseKey}".`,
      } satisfies Bilingual);
    const issuedAt = campaign.plan.issuedOn ? startOfLocalDay(campaign.plan.issuedOn as LocalDate) : campaign.issuedAt!;
    const [org, national, awards] = await Promise.all([
      this.directory.planOrgContext(),
      this.calendar.inForce(),
      this.catalogues.inForce(campaign.issuerUnitCode, toLocalDate(issuedAt)),
    ]);
    const result = validatePlan(amendPlan(campaign.plan, changes), org, {
      issuedAt,
      national,
      ...(awards ? { awardCatalogues: [awards] } : {}),
    });
    if (!result.ok)
      throw invalidInput({
        message: `Kế hoạch sau điều chỉnh có ${result.errors.length} lỗi cần sửa.`,
        en: `The amended plan has ${result.errors.length} problem(s) to fix.`,
        errors: result.errors,
      });
    const amended: PlanDefinition = result.value;
    const past = amendedDeadlinesInThePast(amended, changes, org.levels.keys(), issuedAt, new Date(), national);
    if (past.length) {
      const [first] = past;
      throw new BadRequestException({
        message:
          `Thời hạn mới của bước "${first.phaseKey}" cho cấp "${first.levelCode}" (${formatVietnamTime(first.dueAt)}) đã qua; ` +
          'điều chỉnh chỉ được đặt thời hạn từ nay trở đi.',
        en:
          `The new deadline of step "${first.phaseKey}" for level "${first.levelCode}" (${formatVietnamTime(first.dueAt)}, Vietnam time) has passed; ` +
          'an amendment may only set deadlines from now on.',
      } satisfies Bilingual);
    }
    const phases = new Map(amended.stages.flatMap((stage) => stage.phases.map((phase) => [phase.key, phase] as const)));
    return changes.map((change) => ({
      phaseKey: change.phaseKey,
      dueByLevel: Object.fromEntries(
        Object.keys(change.dueByLevel).map((level) => [level, phases.get(change.phaseKey)!.dueByLevel[level]]),
      ),
    }));
  }

  private async update(campaign: CampaignEntity, send: () => Promise<DecisionEntry>): Promise<DecisionEntry> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        throw new ConflictException({
          message: `Phong trào đã kết thúc (trạng thái: ${campaign.status}).`,
          en: `The campaign has ended (status: ${campaign.status}).`,
        } satisfies Bilingual);
      throw error;
    }
  }
}
