import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { DecideExtensionDto, DecideObligationDto, RequestExtensionDto, SubmitObligationDto } from './obligation-action.dto';
import { CampaignsService } from './campaigns.service';
import { NominationsService } from './nominations.service';
import { ObligationActionsService } from './obligation-actions.service';

@ApiTags('obligations')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an official entitled to this action for this unit' })
@ApiConflictResponse({ description: 'The obligation is not in a state that allows this action (e.g. already decided by someone else)' })
@ApiBadRequestResponse({ description: 'Invalid payload' })
@Controller('campaigns/:campaignId/units/:unitCode/obligations/:obligationKey')
export class ObligationsController {
  constructor(
    private readonly actions: ObligationActionsService,
    private readonly campaigns: CampaignsService,
    private readonly nominations: NominationsService,
  ) {}

  @Post('submission')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the unit’s registration, progress or review report, or nominations (specialist or leader of the unit)' })
  async submit(@CurrentOfficial() me: CurrentOfficialInfo, @Param() target: Target, @Body() body: SubmitObligationDto) {
    if (body.nominationDecisions?.length) {
      const campaign = await this.campaigns.visible(me, target.campaignId);
      await this.nominations.assertDecidable(target.campaignId, campaign.issuerUnitCode, body.nominationDecisions);
    }
    return this.actions.submit(me, target, body);
  }

  @Post('decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve, or return for revision with a comment (leader or deputy of the unit)' })
  decide(@CurrentOfficial() me: CurrentOfficialInfo, @Param() target: Target, @Body() body: DecideObligationDto) {
    return this.actions.decide(me, target, body);
  }

  @Post('extension-request')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the parent unit for more time (gia hạn)' })
  requestExtension(@CurrentOfficial() me: CurrentOfficialInfo, @Param() target: Target, @Body() body: RequestExtensionDto) {
    return this.actions.requestExtension(me, target, body);
  }

  @Post('extension-decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Grant (new due date) or refuse an extension (leader of the parent unit)' })
  decideExtension(@CurrentOfficial() me: CurrentOfficialInfo, @Param() target: Target, @Body() body: DecideExtensionDto) {
    return this.actions.decideExtension(me, target, body);
  }
}

interface Target {
  campaignId: string;
  unitCode: string;
  obligationKey: string;
}
