import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { CloneCampaignDto, CreateCampaignDto, ListCampaignsQuery, PlanDecisionDto } from './campaign.dto';
import { CampaignsService } from './campaigns.service';
import { EndCampaignDto } from './end-campaign.dto';
import { TemplateCatalog } from './template-catalog.service';
import { toCampaignView } from './campaign.view';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller()
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly templates: TemplateCatalog,
  ) {}

  @Get('campaign-templates')
  @ApiOperation({ summary: 'Plans shipped as data, to start a campaign from' })
  listTemplates() {
    return this.templates.list();
  }

  @Get('campaign-templates/:key')
  @ApiOperation({ summary: 'A template plan in full (PlanDefinition)' })
  template(@Param('key') key: string) {
    return this.templates.get(key);
  }

  @Post('campaigns')
  @ApiOperation({ summary: 'Draft a campaign from a plan (or a template) and submit it up its approval chain' })
  @ApiBadRequestResponse({ description: 'The plan cannot run; `errors` lists each field (path) and what is wrong' })
  @ApiForbiddenResponse({ description: 'Only officials of the issuing unit or its sub-units draft its plans' })
  async create(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: CreateCampaignDto) {
    const draft = body.templateKey ? { ...this.templates.get(body.templateKey), ...(body.plan ?? {}) } : body.plan;
    return toCampaignView(await this.campaigns.create(me, draft));
  }

  @Get('campaigns')
  @ApiOperation({ summary: 'Campaigns visible to me, newest first' })
  async list(@CurrentOfficial() me: CurrentOfficialInfo, @Query() query: ListCampaignsQuery) {
    const page = await this.campaigns.list(me, query);
    return { ...page, items: page.items.map(toCampaignView) };
  }

  @Get('campaigns/:id')
  @ApiOperation({
    summary: 'A campaign with its plan and the state of its approval chain (as last recorded; null before the chain starts)',
  })
  async get(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', ParseUUIDPipe) id: string) {
    const campaign = await this.campaigns.visible(me, id);
    return { ...toCampaignView(campaign), plan: campaign.plan, approval: campaign.approval };
  }

  @Post('campaigns/:id/plan-decisions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Act on the plan’s approval chain: approve, return with a comment, reject, or (drafter) resubmit' })
  decide(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', ParseUUIDPipe) id: string, @Body() body: PlanDecisionDto) {
    return this.campaigns.decidePlan(me, id, body);
  }

  @Post('campaigns/:id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close or cancel a running campaign (the issuer’s leader, with a reason); every unit’s part ends with it' })
  end(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', ParseUUIDPipe) id: string, @Body() body: EndCampaignDto) {
    return this.campaigns.end(me, id, body);
  }

  @Post('campaigns/:id/clone')
  @ApiOperation({ summary: 'Start next year’s campaign from this one’s plan (dates moved by the year difference)' })
  async clone(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', ParseUUIDPipe) id: string, @Body() body: CloneCampaignDto) {
    return toCampaignView(await this.campaigns.cloneForYear(me, id, body.year));
  }
}
