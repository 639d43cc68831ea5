import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CampaignProjections } from '@tdkt/persistence';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { DelegatedActorService } from '../delegations/delegated-actor.service';
import { InboxPageView } from './inbox-item.view';
import { InboxQueryDto } from './inbox-query.dto';

@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(
    private readonly projections: CampaignProjections,
    private readonly delegated: DelegatedActorService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'What waits for me: open tasks of my unit for my roles, and of a leader whose delegation I hold (of its kinds, in its campaign), earliest due (so overdue) first, those to be announced last; by campaign or kind',
  })
  @ApiOkResponse({ type: InboxPageView })
  async inbox(@CurrentOfficial() me: CurrentOfficialInfo, @Query() { due, ...query }: InboxQueryDto) {
    const actingFor = await this.delegated.actingFor(me);
    return this.projections.inboxFor(
      { unitCode: me.actor.unitCode, roles: me.actor.roles, actingFor },
      { ...query, ...(due ? { due: { state: due, at: new Date() } } : {}) },
    );
  }
}
