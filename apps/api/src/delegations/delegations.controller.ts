import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { CreateDelegationDto } from './create-delegation.dto';
import { DelegationView } from './delegation.view';
import { DelegationsService } from './delegations.service';
import { RevokeDelegationDto } from './revoke-delegation.dto';
import { UuidParam } from '../common/path-params';
import { pageOf } from '../common/page-of';
import { PageViewOf } from '../common/page-view';
import { PaginationQuery } from '../common/pagination.dto';

const DelegationPageView = PageViewOf(DelegationView);

@ApiTags('delegations')
@ApiBearerAuth()
@Controller('delegations')
export class DelegationsController {
  constructor(private readonly delegations: DelegationsService) {}

  @Post()
  @ApiOperation({
    summary:
      'Delegate (ủy quyền) some decisions to an official of the same body for a period; an administrator may do it for an absent leader',
  })
  @ApiCreatedResponse({ type: DelegationView })
  create(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: CreateDelegationDto) {
    return this.delegations.create(me, body);
  }

  @Get()
  @ApiOperation({ summary: 'Delegations I gave or received, newest first' })
  @ApiOkResponse({ type: DelegationPageView })
  async mine(@CurrentOfficial() me: CurrentOfficialInfo, @Query() page: PaginationQuery) {
    return pageOf(await this.delegations.mine(me), page);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a delegation in force (the delegating leader or an administrator), with the reason' })
  @ApiOkResponse({ type: DelegationView })
  revoke(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Body() body: RevokeDelegationDto) {
    return this.delegations.revoke(me, id, body);
  }
}
