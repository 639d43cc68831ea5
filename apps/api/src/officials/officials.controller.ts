import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
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
import { RequireRoles } from '../auth/require-roles.decorator';
import { UuidParam } from '../common/path-params';
import { pageOf } from '../common/page-of';
import { PageViewOf } from '../common/page-view';
import { PaginationQuery } from '../common/pagination.dto';
import { CreateOfficialDto } from './create-official.dto';
import { DeactivateOfficialDto } from './deactivate-official.dto';
import { CreatedOfficialView, OfficialAdminView, OfficialsPageView, PostingView } from './official-admin.view';
import { OfficialsAdminService } from './officials-admin.service';
import { OfficialsQuery } from './officials-query.dto';
import { PostingDto } from './posting.dto';
import { UpdateOfficialDto } from './update-official.dto';

const PostingPageView = PageViewOf(PostingView);

@ApiTags('admin')
@ApiBearerAuth()
@RequireRoles('admin', 'system_admin')
@ApiForbiddenResponse({ description: 'Not an administrator, or the official’s unit is outside the administrator’s scope' })
@Controller('officials')
export class OfficialsController {
  constructor(private readonly officials: OfficialsAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Officials in the administrator’s scope, searched without diacritics, paged' })
  @ApiOkResponse({ type: OfficialsPageView })
  @ApiNotFoundResponse({ description: 'No unit with this code' })
  list(@CurrentOfficial() me: CurrentOfficialInfo, @Query() query: OfficialsQuery): Promise<OfficialsPageView> {
    return this.officials.list(me.actor, query);
  }

  @Post()
  @ApiOperation({ summary: 'Add an official; the answer carries a one-time password, shown this once' })
  @ApiCreatedResponse({ type: CreatedOfficialView })
  @ApiBadRequestResponse({ description: 'A field is not valid (each named in errors[].path)' })
  @ApiNotFoundResponse({ description: 'No unit with this code' })
  @ApiConflictResponse({ description: 'The username is taken' })
  create(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: CreateOfficialDto): Promise<CreatedOfficialView> {
    return this.officials.create(me.actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Correct an official’s name, e-mail or title' })
  @ApiOkResponse({ type: OfficialAdminView })
  @ApiBadRequestResponse({ description: 'A field is not valid' })
  @ApiNotFoundResponse({ description: 'No official with this id' })
  update(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateOfficialDto,
  ): Promise<OfficialAdminView> {
    return this.officials.update(me.actor, id, body);
  }

  @Put(':id/posting')
  @ApiOperation({ summary: 'Move the official and/or give or relieve roles, from a date; recorded in the posting history' })
  @ApiOkResponse({ type: OfficialAdminView })
  @ApiBadRequestResponse({ description: 'A role cannot be given there, the date is not allowed, or one’s own admin role is relieved' })
  @ApiNotFoundResponse({ description: 'No official with this id, or no unit with this code' })
  post(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('id', UuidParam) id: string,
    @Body() body: PostingDto,
  ): Promise<OfficialAdminView> {
    return this.officials.post(me.actor, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the account: it cannot sign in, and every session it has ends now' })
  @ApiOkResponse({ type: OfficialAdminView })
  @ApiBadRequestResponse({ description: 'No reason given, or one’s own account' })
  @ApiNotFoundResponse({ description: 'No official with this id' })
  deactivate(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('id', UuidParam) id: string,
    @Body() body: DeactivateOfficialDto,
  ): Promise<OfficialAdminView> {
    return this.officials.deactivate(me.actor, id, body.reason);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open a closed account again (with the password it had)' })
  @ApiOkResponse({ type: OfficialAdminView })
  @ApiBadRequestResponse({ description: 'The official’s unit has been dissolved' })
  @ApiNotFoundResponse({ description: 'No official with this id' })
  reactivate(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string): Promise<OfficialAdminView> {
    return this.officials.reactivate(me.actor, id);
  }

  @Get(':id/postings')
  @ApiOperation({ summary: 'Where the official sat and with which roles, oldest first' })
  @ApiOkResponse({ type: PostingPageView })
  @ApiNotFoundResponse({ description: 'No official with this id' })
  async postings(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Query() page: PaginationQuery) {
    return pageOf(await this.officials.postingsOf(me.actor, id), page);
  }
}
