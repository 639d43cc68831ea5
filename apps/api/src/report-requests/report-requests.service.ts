import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '@tdkt/config';
import { campaignWorkflowId, ReportRequestInput } from '@tdkt/contracts';
import { readRequestDue, refuseReportRequest, ReportRequestDraft, requestPlan, selectParticipants, toLocalDate } from '@tdkt/domain';
import { CampaignEntity, CampaignRepository, OrgDirectory } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CompilationsService } from '../campaigns/compilations.service';
import { actorRefOf } from '../common/actor-ref';
import { refusalException } from '../common/refusal-exception';
import { NationalCalendarService } from '../calendar/national-calendar.service';
import { APP_CONFIG } from '../config/config.module';
import { CreateReportRequestDto } from './create-report-request.dto';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';

/**
 * Requests for a report outside a plan's phases (báo cáo đột xuất). Each runs as a campaign of one
 * phase, so the units asked answer it on the campaign pages and endpoints they already use.
 */
@Injectable()
export class ReportRequestsService {
  constructor(
    private readonly temporal: Client,
    private readonly campaigns: CampaignRepository,
    private readonly campaignsInScope: CampaignsService,
    private readonly directory: OrgDirectory,
    private readonly calendar: NationalCalendarService,
    private readonly compilations: CompilationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(me: CurrentOfficialInfo, body: CreateReportRequestDto): Promise<CampaignEntity> {
    const parent = body.campaignId ? await this.campaignsInScope.visible(me, body.campaignId) : null;
    if (parent && parent.status !== 'running')
      throw new ConflictException({
        message: `Phong trào không còn đang thực hiện (trạng thái: ${parent.status}).`,
        en: `The campaign is no longer running (status: ${parent.status}).`,
      } satisfies Bilingual);
    const now = new Date();
    const due = readRequestDue(body.due, now, await this.calendar.inForce());
    if (!due.ok)
      throw invalidInput({ message: 'Thời hạn của yêu cầu không hợp lệ.', en: "The request's deadline is not valid.", errors: due.errors });
    const draft: ReportRequestDraft = {
      kind: body.kind,
      title: body.title,
      content: body.content,
      recipients: { ...body.recipients },
      due: due.spec,
      kpis: (body.kpis ?? []).map((k) => ({ kind: 'kpi', comparison: 'atLeast', target: k.target ?? 0, ...k })),
      ...(body.campaignId ? { campaignId: body.campaignId } : {}),
      ...(body.reminders ? { reminders: { ...body.reminders } } : {}),
    };
    const requester = me.actor.unitCode;
    const plan = requestPlan(draft, requester, Number(toLocalDate(now).slice(0, 4)));
    const org = await this.directory.planOrgContext({ activeOnly: true });
    // Within a campaign, a body the plan names to compile reports may also ask the units it follows.
    const followed = new Set(parent ? await this.compilations.followedByUnit(parent, requester) : []);
    const recipients = selectParticipants(plan, org);
    const refusal = refuseReportRequest(actorRefOf(me), requester, draft.recipients, recipients, org, due.dueAt, now, followed);
    if (refusal) throw refusalException(refusal);

    const id = randomUUID();
    const request = await this.campaigns.create({
      id,
      plan,
      createdBy: me.actor.officialId,
      status: 'issued',
      kind: 'request',
      parentCampaignId: body.campaignId ?? null,
    });
    const input: ReportRequestInput = { campaignId: id, plan, requestedBy: actorRefOf(me) };
    await this.temporal.workflow.start('reportRequestWorkflow', {
      taskQueue: this.config.temporal.taskQueue,
      workflowId: campaignWorkflowId(id),
      args: [input],
    });
    return request;
  }

  /** Requests I sent or that were sent to my units, newest first; `campaignId` narrows to those made within it. */
  list(me: CurrentOfficialInfo, query: { campaignId?: string; limit: number; offset: number }) {
    return this.campaigns.list({
      visibleToPath: me.actor.unitPath,
      kind: 'request',
      ...(query.campaignId ? { parentCampaignId: query.campaignId } : {}),
      limit: query.limit,
      offset: query.offset,
    });
  }
}
