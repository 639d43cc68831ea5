import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { AmendPlanDto } from './amend-plan.dto';
import { CampaignChangesService } from './campaign-changes.service';
import { PauseCampaignDto } from './pause-campaign.dto';
import { UuidParam } from '../common/path-params';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:id')
export class CampaignChangesController {
  constructor(private readonly changes: CampaignChangesService) {}

  @Post('amendments')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Amend an issued plan (the issuer’s leader): move deadlines or set those announced later; every unit that has not acted gets the new dates and a notice',
  })
  amend(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Body() body: AmendPlanDto) {
    return this.changes.amend(me, id, body);
  }

  @Get('amendments')
  @ApiOperation({ summary: 'The plan’s amendments after issue, numbered in order' })
  amendments(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string) {
    return this.changes.amendments(me, id);
  }

  @Post('suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend a running campaign (the issuer’s leader), with the reason: no step, reminder or notice until resumed' })
  suspend(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Body() body: PauseCampaignDto) {
    return this.changes.pause(me, id, 'suspend', body);
  }

  @Post('resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a suspended campaign, with the reason: deadlines still owed move by the time it was suspended' })
  resume(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Body() body: PauseCampaignDto) {
    return this.changes.pause(me, id, 'resume', body);
  }
}
