import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { criteriaOf } from '@tdkt/domain';
import { CampaignProjections } from '@tdkt/persistence';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { PaginationQuery } from '../common/pagination.dto';
import { AccessPolicy } from '../access/access-policy.service';
import { CampaignScheduleService } from './campaign-schedule.service';
import { CampaignScheduleView } from './campaign-schedule.view';
import { CampaignsService } from './campaigns.service';
import { CompilationsService } from './compilations.service';
import { NominationsService } from './nominations.service';
import { ProgressQuery } from './progress-query.dto';
import { ProgressSummaryView } from './progress-summary.view';
import { UnitProgressPageView } from './unit-progress.view';
import { UnitCodeParam, UuidParam } from '../common/path-params';
import type { Bilingual } from '../common/problem/said';

class FollowedQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'Phase key, e.g. so-ket-2023' }) @IsString() @MaxLength(100) phase!: string;
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
    private readonly policy: AccessPolicy,
    private readonly nominations: NominationsService,
    private readonly compilations: CompilationsService,
    private readonly schedules: CampaignScheduleService,
  ) {}

  @Get('progress')
  @ApiOperation({
    summary:
      'Counts per level and per phase: who has launched, reported, is late (the issuer’s officials: every unit; others: their subtree)',
  })
  @ApiOkResponse({ type: ProgressSummaryView })
  async summary(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string): Promise<ProgressSummaryView> {
    const campaign = await this.campaigns.visible(me, id);
    const { underPath } = await this.policy.requireInCampaign(me, campaign, 'progress');
    return this.projections.progressSummary(id, new Date(), underPath);
  }

  @Get('schedule')
  @ApiOperation({
    summary:
      'When each phase opens and falls due at each participating level, counted on the working-day calendar as the obligations were; and the issuing body',
  })
  @ApiOkResponse({ type: CampaignScheduleView })
  async schedule(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string): Promise<CampaignScheduleView> {
    return this.schedules.scheduleOf(await this.campaigns.visible(me, id));
  }

  @Get('units')
  @ApiOperation({ summary: 'Each unit’s obligations and their status, within my scope, filterable and paginated' })
  @ApiOkResponse({ type: UnitProgressPageView })
  async units(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Query() query: ProgressQuery) {
    const campaign = await this.campaigns.visible(me, id);
    const { underPath } = await this.policy.requireInCampaign(me, campaign, 'progress');
    const { phase, late, unitCode, ...filters } = query;
    return this.projections.progressOf(id, {
      ...filters,
      status: query.status as never,
      ...(unitCode === undefined ? {} : { unitCodes: [unitCode] }),
      ...(phase === undefined ? {} : { phaseKey: phase }),
      ...(late ? { lateAt: new Date() } : {}),
      ...(underPath === undefined ? {} : { underPath }),
    });
  }

  @Get('nominations')
  @ApiOperation({ summary: 'Nominations approved by their units, with the issuer’s decision on each (first cut of the award process)' })
  async listNominations(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string) {
    const campaign = await this.campaigns.visible(me, id);
    // Below the issuer, an official sees the nominations of their own unit and those under it, not the province's.
    const { underPath } = await this.policy.requireInCampaign(me, campaign, 'nominations');
    return this.nominations.list(id, campaign.issuerUnitCode, underPath);
  }

  @Get('units/:unitCode/criteria')
  @ApiOperation({
    summary: 'What a unit is judged on: the criteria of every participant group it belongs to, for the unit and for its people',
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      additionalProperties: true,
      description: 'UnitCriteria in the domain library: groups, collective, individual',
    },
  })
  async criteria(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('id', UuidParam) id: string,
    @Param('unitCode', UnitCodeParam) unitCode: string,
  ) {
    const campaign = await this.campaigns.visible(me, id);
    const { unit } = await this.policy.requireUnitInCampaign(me, campaign, unitCode, 'unit_report', 'read');
    return criteriaOf(campaign.plan, { code: unit.code, levelCode: unit.levelCode, kind: unit.kind, path: unit.path });
  }

  @Get('units/:unitCode/aggregate')
  @ApiOperation({ summary: 'KPI totals and averages of the approved reports of the units reporting to this unit, for one phase' })
  async aggregate(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('id', UuidParam) id: string,
    @Param('unitCode', UnitCodeParam) unitCode: string,
    @Query() query: AggregateQuery,
  ) {
    const campaign = await this.campaigns.visible(me, id);
    await this.policy.requireUnitInCampaign(me, campaign, unitCode, 'unit_report', 'read');
    // A body compiling the phase reads the units it follows, wherever they report; any other unit, those reporting to it.
    const followed = await this.compilations.followed(campaign, unitCode, query.phase);
    return followed
      ? this.projections.kpiAggregateOfUnits(id, query.phase, followed)
      : this.projections.kpiAggregate(id, query.phase, unitCode);
  }

  @Get('units/:unitCode/followed')
  @ApiOperation({
    summary: 'The reports a named body compiles for a phase: the followed units’ obligations, wherever they are in the tree',
  })
  async followed(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('id', UuidParam) id: string,
    @Param('unitCode', UnitCodeParam) unitCode: string,
    @Query() query: FollowedQuery,
  ) {
    const campaign = await this.campaigns.visible(me, id);
    await this.policy.requireUnitInCampaign(me, campaign, unitCode, 'unit_report', 'read');
    const followed = await this.compilations.followed(campaign, unitCode, query.phase);
    if (!followed)
      throw new NotFoundException({
        message: `${unitCode} không được giao tổng hợp bước "${query.phase}" trong kế hoạch này.`,
        en: `${unitCode} is not asked to compile step "${query.phase}" in this plan.`,
      } satisfies Bilingual);
    return this.projections.progressOf(id, { unitCodes: followed, phaseKey: query.phase, limit: query.limit, offset: query.offset });
  }
}
