import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CampaignDashboardQueries } from '@tdkt/persistence';
import { AccessPolicy } from '../access/access-policy.service';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { CampaignsService } from './campaigns.service';
import { DashboardQuery } from './dashboard-query.dto';
import { DashboardView } from './dashboard.view';
import { UuidParam } from '../common/path-params';

/** The campaign dashboard's own reads, over the same read model and within the same scope as GET progress. */
@ApiTags('progress')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'A query parameter out of range' })
@ApiForbiddenResponse({ description: 'The campaign is outside the official’s scope' })
@ApiNotFoundResponse({ description: 'No such campaign' })
@Controller('campaigns/:id')
export class DashboardController {
  private readonly queries: CampaignDashboardQueries;

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly policy: AccessPolicy,
    dataSource: DataSource,
  ) {
    this.queries = new CampaignDashboardQueries(dataSource);
  }

  @Get('dashboard')
  @ApiOperation({
    summary:
      'Reports sent and approved per day (Vietnam time), the units with the most late obligations, and the names of the levels and phases (the issuer’s officials: every unit; others: their subtree)',
  })
  @ApiOkResponse({ type: DashboardView })
  async dashboard(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('id', UuidParam) id: string,
    @Query() query: DashboardQuery,
  ): Promise<DashboardView> {
    const campaign = await this.campaigns.visible(me, id);
    const { underPath } = await this.policy.requireInCampaign(me, campaign, 'progress');
    const asOf = new Date();
    const [levels, daily, late] = await Promise.all([
      this.queries.levels(id, underPath),
      this.queries.dailyActivity(id, underPath),
      this.queries.lateUnits(id, asOf, { limit: query.top, underPath }),
    ]);
    return {
      campaignId: id,
      asOf: asOf.toISOString(),
      levels,
      phases: campaign.plan.stages.flatMap((stage) => stage.phases.map(({ key, name, kind }) => ({ key, name, kind }))),
      daily,
      lateUnits: late.items,
      lateUnitCount: late.total,
    };
  }
}
