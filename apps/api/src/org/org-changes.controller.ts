import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { RequireRoles } from '../auth/require-roles.decorator';
import { PaginationQuery } from '../common/pagination.dto';
import { UuidParam } from '../common/path-params';
import { OrgChangeSetDto } from './org-change.dto';
import { OrgChangeCreatedView, OrgChangePageView, OrgChangePreviewView, OrgChangeView } from './org-change.views';
import { OrgChangesService } from './org-changes.service';

@ApiTags('admin')
@ApiBearerAuth()
@RequireRoles('admin', 'system_admin')
@ApiForbiddenResponse({
  description: 'Not an administrator, or a unit outside the administrator’s subtree (a root: system administrators only)',
})
@Controller('org/changes')
export class OrgChangesController {
  constructor(private readonly changes: OrgChangesService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check a set of org changes and show what it would do; writes nothing' })
  @ApiOkResponse({ type: OrgChangePreviewView })
  preview(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: OrgChangeSetDto) {
    return this.changes.preview(me.actor, body);
  }

  @Post()
  @ApiOperation({ summary: 'Record a set of org changes (all or nothing); applied at once when its day has begun' })
  @ApiCreatedResponse({ type: OrgChangeCreatedView })
  @ApiBadRequestResponse({ description: 'Every problem of the set, each at its path; nothing was recorded' })
  submit(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: OrgChangeSetDto) {
    return this.changes.submit(me.actor, body);
  }

  @Get()
  @ApiOperation({ summary: 'Recorded org change sets, newest first' })
  @ApiOkResponse({ type: OrgChangePageView })
  list(@CurrentOfficial() me: CurrentOfficialInfo, @Query() page: PaginationQuery) {
    return this.changes.list(me.actor, page);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One org change set with what applying it did' })
  @ApiOkResponse({ type: OrgChangeView })
  @ApiNotFoundResponse({ description: 'No such change set' })
  find(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string) {
    return this.changes.find(me.actor, id);
  }
}
