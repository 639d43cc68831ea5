import { BadRequestException, Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { CloneCampaignDto, CreateCampaignDto, ListCampaignsQuery, PlanDecisionDto } from './campaign.dto';
import { CampaignsService } from './campaigns.service';
import { EndCampaignDto } from './end-campaign.dto';
import { TemplatesService } from '../templates/templates.service';
import { toCampaignView } from './campaign.view';
import { CampaignDetailView } from './campaign-detail.view';
import { CampaignPageView, CampaignSummaryView } from './campaign-summary.view';
import { UuidParam } from '../common/path-params';
import type { Bilingual } from '../common/problem/said';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller()
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly templates: TemplatesService,
  ) {}

  @Post('campaigns')
  @ApiOperation({
    summary: 'Draft a campaign from a plan, or from a template filled for an issuer and year, and submit it up its approval chain',
  })
  @ApiBadRequestResponse({
    description:
      'The template cannot be filled (a placeholder it needs is missing) or the plan cannot run; `errors` lists each field (path)',
  })
  @ApiForbiddenResponse({ description: 'Only officials of the issuing unit or its sub-units draft its plans' })
  @ApiCreatedResponse({ type: CampaignSummaryView })
  async create(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: CreateCampaignDto) {
    return toCampaignView(await this.campaigns.create(me, await this.draftOf(body)));
  }

  @Get('campaigns')
  @ApiOperation({ summary: 'Campaigns visible to me, newest first' })
  @ApiOkResponse({ type: CampaignPageView })
  async list(@CurrentOfficial() me: CurrentOfficialInfo, @Query() query: ListCampaignsQuery) {
    const page = await this.campaigns.list(me, query);
    return { ...page, items: page.items.map(toCampaignView) };
  }

  @Get('campaigns/:id')
  @ApiOperation({
    summary: 'A campaign with its plan and the state of its approval chain (as last recorded; null before the chain starts)',
  })
  @ApiOkResponse({ type: CampaignDetailView })
  async get(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string): Promise<CampaignDetailView> {
    const campaign = await this.campaigns.visible(me, id);
    return { ...toCampaignView(campaign), plan: campaign.plan, approval: campaign.approval, ...(await this.campaigns.cascade(campaign)) };
  }

  @Post('campaigns/:id/plan-decisions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Act on the plan’s approval chain: approve, return with a comment, reject, or (drafter) resubmit' })
  decide(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Body() body: PlanDecisionDto) {
    return this.campaigns.decidePlan(me, id, body);
  }

  @Post('campaigns/:id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close or cancel a running campaign (the issuer’s leader, with a reason); every unit’s part ends with it' })
  end(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Body() body: EndCampaignDto) {
    return this.campaigns.end(me, id, body);
  }

  @Post('campaigns/:id/clone')
  @ApiOperation({ summary: 'Start next year’s campaign from this one’s plan (dates moved by the year difference)' })
  @ApiCreatedResponse({ type: CampaignSummaryView })
  async clone(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Body() body: CloneCampaignDto) {
    return toCampaignView(await this.campaigns.cloneForYear(me, id, body.year));
  }

  /** The plan as written, or the template filled for the drafter's issuer and year. */
  private async draftOf({ templateKey, plan, ...request }: CreateCampaignDto): Promise<unknown> {
    if (templateKey) return this.templates.draft({ templateKey, plan, ...request });
    const templateOnly = (['issuerUnitCode', 'year', 'bodies', 'place'] as const).filter((field) => request[field] !== undefined);
    if (templateOnly.length) {
      throw new BadRequestException({
        message: `${templateOnly.join(', ')} chỉ dùng khi lập kế hoạch từ mẫu: ghi thêm mã mẫu (templateKey).`,
        en: `${templateOnly.join(', ')} only apply when a plan is drawn up from a template: add the template's key (templateKey).`,
      } satisfies Bilingual);
    }
    return plan;
  }
}
