import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { participationWorkflowId } from '@tdkt/contracts';
import { CampaignProjections, DecisionLogEntity } from '@tdkt/persistence';
import { AccessPolicy } from '../access/access-policy.service';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { DecideExtensionDto, DecideObligationDto, RequestExtensionDto, SubmitObligationDto } from './obligation-action.dto';
import { CampaignsService } from './campaigns.service';
import { NominationsService } from './nominations.service';
import { ObligationActionsService } from './obligation-actions.service';
import { ObligationEventView } from './obligation-event.view';
import { ObligationHistoryView } from './obligation-history.view';
import { OBLIGATION_STEP_ACTIONS, toObligationStep } from './obligation-step.view';
import { ObligationKeyParam, pathParams, UnitCodeParam, UuidParam } from '../common/path-params';
import type { Bilingual } from '../common/problem/said';

// Defined before the class: its decorators read it when the class is.
const OBLIGATION_TARGET = pathParams({ campaignId: UuidParam, unitCode: UnitCodeParam, obligationKey: ObligationKeyParam });

@ApiTags('obligations')
@ApiBearerAuth()
@ApiParam({ name: 'campaignId', type: String })
@ApiParam({ name: 'unitCode', type: String, example: 'TQ-YS-THANGQUAN', description: 'The unit that owes the obligation' })
@ApiParam({
  name: 'obligationKey',
  type: String,
  example: 'phat-dong',
  description: 'The phase key, plus "#n" for a period (escape "#" as %23)',
})
@ApiForbiddenResponse({ description: 'Not an official entitled to this action for this unit' })
@ApiConflictResponse({ description: 'The obligation is not in a state that allows this action (e.g. already decided by someone else)' })
@ApiBadRequestResponse({ description: 'Invalid payload' })
@Controller('campaigns/:campaignId/units/:unitCode/obligations/:obligationKey')
export class ObligationsController {
  constructor(
    private readonly actions: ObligationActionsService,
    private readonly campaigns: CampaignsService,
    private readonly nominations: NominationsService,
    private readonly policy: AccessPolicy,
    private readonly projections: CampaignProjections,
    private readonly dataSource: DataSource,
  ) {}

  @Post('submission')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the unit’s registration, progress or review report, or nominations (specialist or leader of the unit)' })
  @ApiOkResponse({ type: ObligationEventView })
  async submit(@CurrentOfficial() me: CurrentOfficialInfo, @Param(OBLIGATION_TARGET) target: Target, @Body() body: SubmitObligationDto) {
    if (body.nominationDecisions?.length) {
      const campaign = await this.campaigns.visible(me, target.campaignId);
      await this.nominations.assertDecidable(target.campaignId, campaign.issuerUnitCode, body.nominationDecisions);
    }
    return this.actions.submit(me, target, body);
  }

  @Post('decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve, or return for revision with a comment (leader or deputy of the unit)' })
  @ApiOkResponse({ type: ObligationEventView })
  decide(@CurrentOfficial() me: CurrentOfficialInfo, @Param(OBLIGATION_TARGET) target: Target, @Body() body: DecideObligationDto) {
    return this.actions.decide(me, target, body);
  }

  @Post('extension-request')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the parent unit for more time (gia hạn)' })
  @ApiOkResponse({ type: ObligationEventView })
  requestExtension(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param(OBLIGATION_TARGET) target: Target,
    @Body() body: RequestExtensionDto,
  ) {
    return this.actions.requestExtension(me, target, body);
  }

  @Post('extension-decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Grant (new due date) or refuse an extension (leader of the parent unit)' })
  @ApiOkResponse({ type: ObligationEventView })
  decideExtension(@CurrentOfficial() me: CurrentOfficialInfo, @Param(OBLIGATION_TARGET) target: Target, @Body() body: DecideExtensionDto) {
    return this.actions.decideExtension(me, target, body);
  }

  /**
   * Read from the decision log, which the unit's participation workflow writes a moment after answering an action (the
   * answer carries the progress and inbox rows; a client waits for the step by its request id). Only that workflow
   * records steps on the unit's obligations, so its id narrows the search to the log's (workflow, event) index.
   * Readable by whoever reads the unit's progress row (GET /campaigns/:id/units): officials of the unit or above it,
   * and the issuer's officials for every unit taking part.
   */
  @Get('history')
  @ApiOperation({
    summary:
      'The officials’ steps on the obligation, oldest first: submissions, approvals, returns with their comments, extension requests and answers',
  })
  @ApiOkResponse({ type: ObligationHistoryView })
  async history(@CurrentOfficial() me: CurrentOfficialInfo, @Param(OBLIGATION_TARGET) target: Target): Promise<ObligationHistoryView> {
    const campaign = await this.campaigns.visible(me, target.campaignId);
    const { unit, relations } = await this.policy.requireUnitInCampaign(me, campaign, target.unitCode, 'unit_report', 'read');
    // The issuer's side reads a unit outside its own subtree only when the campaign reached it (a followed unit).
    const ownOrBelow = relations.includes('own_unit') || relations.includes('below_me');
    if (
      !ownOrBelow &&
      (await this.projections.progressOf(target.campaignId, { unitCodes: [unit.code], limit: 1, offset: 0 })).total === 0
    ) {
      throw new ForbiddenException({
        message: `Đơn vị "${unit.name}" (${unit.code}) nằm ngoài phạm vi của bạn.`,
        en: `Unit "${unit.name}" (${unit.code}) is outside your scope.`,
      } satisfies Bilingual);
    }
    const rows = await this.dataSource.getRepository(DecisionLogEntity).find({
      where: {
        workflowId: participationWorkflowId(target.campaignId, target.unitCode),
        campaignId: target.campaignId,
        unitCode: target.unitCode,
        obligationKey: target.obligationKey,
        action: In([...OBLIGATION_STEP_ACTIONS]),
      },
      order: { seq: 'ASC' },
    });
    return { items: rows.map(toObligationStep) };
  }
}

interface Target {
  campaignId: string;
  unitCode: string;
  obligationKey: string;
}
