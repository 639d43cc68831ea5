import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { PaginationQuery } from '../common/pagination.dto';
import { AwardDossierPageView } from './award-dossier-page.view';
import { AwardDossierView } from './award-dossier.view';
import { AwardDossiersService } from './award-dossiers.service';
import { AwardStatisticsView } from './award-statistics.view';
import { CreateAwardDossierDto } from './create-award-dossier.dto';
import { DossierActionDto } from './dossier-action.dto';
import { UuidParam } from '../common/path-params';

@ApiTags('awards')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an official entitled to this dossier or action' })
@ApiNotFoundResponse({ description: 'No such campaign or dossier' })
@Controller()
export class AwardDossiersController {
  constructor(private readonly dossiers: AwardDossiersService) {}

  @Post('campaigns/:campaignId/award-dossiers')
  @ApiOperation({
    summary: 'Put the unit’s list forward for one award form (tờ trình đề nghị khen thưởng)',
    description:
      'Checked against the award catalogue, the plan’s award forms and quota, the unit’s nomination step and the award history; the route is computed from the award form and the unit’s place in the tree.',
  })
  @ApiCreatedResponse({ type: AwardDossierView })
  @ApiBadRequestResponse({ description: 'The list breaks a rule: `errors[]` names each problem and its field' })
  @ApiConflictResponse({ description: 'The campaign does not take nominations now' })
  create(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('campaignId', UuidParam) campaignId: string,
    @Body() body: CreateAwardDossierDto,
  ) {
    return this.dossiers.create(me, campaignId, body);
  }

  @Get('campaigns/:campaignId/award-dossiers')
  @ApiOperation({ summary: 'The campaign’s award dossiers the official’s unit nominated, acts on, or oversees' })
  @ApiOkResponse({ type: AwardDossierPageView })
  list(@CurrentOfficial() me: CurrentOfficialInfo, @Param('campaignId', UuidParam) campaignId: string, @Query() page: PaginationQuery) {
    return this.dossiers.list(me, campaignId, page);
  }

  @Get('campaigns/:campaignId/award-statistics')
  @ApiOperation({
    summary: 'The campaign’s award figures by form and by nominating unit: dossiers, names, awarded, not awarded, in progress',
  })
  @ApiOkResponse({ type: AwardStatisticsView })
  statistics(@CurrentOfficial() me: CurrentOfficialInfo, @Param('campaignId', UuidParam) campaignId: string) {
    return this.dossiers.statistics(me, campaignId);
  }

  @Get('award-postings')
  @ApiOperation({ summary: 'Lists posted for objections now in my province (công khai): any official may read them and object' })
  @ApiOkResponse({ type: AwardDossierPageView })
  postings(@CurrentOfficial() me: CurrentOfficialInfo, @Query() page: PaginationQuery) {
    return this.dossiers.postings(me, page);
  }

  @Get('award-dossiers/:dossierId')
  @ApiOperation({ summary: 'One dossier: its route, each name’s standing, objections, council, decision, and what I may do now' })
  @ApiOkResponse({ type: AwardDossierView })
  view(@CurrentOfficial() me: CurrentOfficialInfo, @Param('dossierId', UuidParam) dossierId: string) {
    return this.dossiers.view(me, dossierId);
  }

  @Post('award-dossiers/:dossierId/actions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Act on the dossier at its current step',
    description:
      'pass / decline (propose, endorse, appraise, consult), object (anyone, while posted), answer_objection (appraiser), open_council / close_council (secretary), vote / score (members), decide (deciding leader; the number is taken from the register), forward and record_central_outcome (province).',
  })
  @ApiOkResponse({ type: AwardDossierView })
  @ApiBadRequestResponse({ description: 'A field the action needs is missing or wrong' })
  @ApiConflictResponse({ description: 'The dossier is not at a step that takes this action' })
  act(@CurrentOfficial() me: CurrentOfficialInfo, @Param('dossierId', UuidParam) dossierId: string, @Body() body: DossierActionDto) {
    return this.dossiers.act(me, dossierId, body);
  }
}
