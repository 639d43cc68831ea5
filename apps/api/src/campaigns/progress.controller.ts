import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OBLIGATION_STATUSES } from '@tdkt/domain';
import { CampaignProjections } from '@tdkt/persistence';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { PaginationQuery } from '../common/pagination.dto';
import { UnitScopeService } from '../org/unit-scope.service';
import { CampaignsService } from './campaigns.service';
import { NominationsService } from './nominations.service';

class ProgressQuery extends PaginationQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) levelCode?: string;
  @ApiPropertyOptional({ enum: OBLIGATION_STATUSES })
  @IsOptional()
  @IsIn(OBLIGATION_STATUSES)
  status?: string;
  @ApiPropertyOptional({ description: 'Only units reporting to this unit' }) @IsOptional() @IsString() @MaxLength(64) reportsTo?: string;
}

class AggregateQuery {
  @ApiPropertyOptional({ description: 'Phase key, e.g. so-ket-2023' }) @IsString() @MaxLength(100) phase!: string;
}

/** Read models only: the API never asks thousands of workflows for their state. */
@ApiTags('progress')
@ApiBearerAuth()
@Controller('campaigns/:id')
export class ProgressController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly projections: CampaignProjections,
    private readonly scope: UnitScopeService,
    private readonly nominations: NominationsService,
  ) {}

  @Get('progress')
  @ApiOperation({ summary: 'Counts per level and per phase: who has launched, reported, is late' })
  async summary(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', ParseUUIDPipe) id: string) {
    await this.campaigns.visible(me, id);
    return this.projections.progressSummary(id, new Date());
  }

  @Get('units')
  @ApiOperation({ summary: 'Each unit’s obligations and their status, within my scope, filterable and paginated' })
  async units(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', ParseUUIDPipe) id: string, @Query() query: ProgressQuery) {
    await this.campaigns.visible(me, id);
    return this.projections.progressOf(id, { ...query, status: query.status as never, underPath: me.actor.unitPath });
  }

  @Get('nominations')
  @ApiOperation({ summary: 'Nominations approved by their units, with the issuer’s decision on each (first cut of the award process)' })
  async listNominations(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', ParseUUIDPipe) id: string) {
    const campaign = await this.campaigns.visible(me, id);
    return this.nominations.list(id, campaign.issuerUnitCode);
  }

  @Get('units/:unitCode/aggregate')
  @ApiOperation({ summary: 'KPI totals and averages of the approved reports of the units reporting to this unit, for one phase' })
  async aggregate(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitCode') unitCode: string,
    @Query() query: AggregateQuery,
  ) {
    await this.campaigns.visible(me, id);
    await this.scope.unitInScope(me.actor, unitCode);
    return this.projections.kpiAggregate(id, query.phase, unitCode);
  }
}
