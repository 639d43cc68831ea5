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
import { isSameOrDescendant } from '@tdkt/domain';
import { CampaignDashboardQueries, OrgDirectory } from '@tdkt/persistence';
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
    private readonly directory: OrgDirectory,
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
    const underPath = (await this.seesAll(campaign.issuerUnitCode, me)) ? undefined : me.actor.unitPath;
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

  /** The same rule as the progress summary's, so both pages count the same units. */
  private async seesAll(issuerUnitCode: string, me: CurrentOfficialInfo): Promise<boolean> {
    const issuer = await this.directory.findUnit(issuerUnitCode);
    return !!issuer && isSameOrDescendant(issuer.path, me.actor.unitPath);
  }
}
