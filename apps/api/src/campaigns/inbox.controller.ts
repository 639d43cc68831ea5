import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CampaignProjections } from '@tdkt/persistence';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { InboxPageView } from './inbox-item.view';
import { InboxQueryDto } from './inbox-query.dto';

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly projections: CampaignProjections) {}

  @Get()
  @ApiOperation({
    summary:
      'What waits for me: open tasks of my unit for my roles, earliest due (so overdue) first, those to be announced last; by campaign or kind',
  })
  @ApiOkResponse({ type: InboxPageView })
  inbox(@CurrentOfficial() me: CurrentOfficialInfo, @Query() { due, ...query }: InboxQueryDto) {
    return this.projections.inboxFor(
      { unitCode: me.actor.unitCode, roles: me.actor.roles },
      { ...query, ...(due ? { due: { state: due, at: new Date() } } : {}) },
    );
  }
}
