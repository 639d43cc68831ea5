import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { AwardFormPageView } from './award-form-page.view';
import { AwardFormsQuery } from './award-forms.query';
import { AwardFormsService } from './award-forms.service';

@ApiTags('awards')
@ApiBearerAuth()
@Controller()
export class AwardFormsController {
  constructor(private readonly awardForms: AwardFormsService) {}

  @Get('award-forms')
  @ApiOperation({
    summary:
      'The award catalogue in force on a day in the official’s province (any official): each form with who receives and decides it, its steps, bonus and legal basis',
  })
  @ApiOkResponse({ type: AwardFormPageView })
  @ApiBadRequestResponse({ description: '`on` is not a calendar date (YYYY-MM-DD)' })
  @ApiUnauthorizedResponse({ description: 'Not logged in' })
  list(@CurrentOfficial() me: CurrentOfficialInfo, @Query() query: AwardFormsQuery) {
    return this.awardForms.list(me.unit.code, query.on);
  }
}
