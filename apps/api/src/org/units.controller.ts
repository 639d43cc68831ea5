import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLE_LABELS_VI } from '@tdkt/domain';
import { OrgDirectory } from '@tdkt/persistence';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { AccessPolicy } from '../access/access-policy.service';
import { toUnitView, UnitOfficialView, UnitWithChildrenView } from './unit.view';
import { UnitCodeParam } from '../common/path-params';
import { pageOf, PageOf } from '../common/page-of';
import { PageViewOf } from '../common/page-view';
import { PaginationQuery } from '../common/pagination.dto';

const UnitOfficialPageView = PageViewOf(UnitOfficialView);

@ApiTags('units')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'The unit is outside the official’s scope' })
@ApiNotFoundResponse({ description: 'No unit with this code' })
@Controller('units')
export class UnitsController {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly directory: OrgDirectory,
  ) {}

  @Get(':code')
  @ApiOperation({ summary: 'A unit and its direct sub-units' })
  @ApiOkResponse({ type: UnitWithChildrenView })
  async unit(@CurrentOfficial() me: CurrentOfficialInfo, @Param('code', UnitCodeParam) code: string): Promise<UnitWithChildrenView> {
    const { unit } = await this.policy.requireUnit(me, code, 'org_units', 'read');
    return { ...toUnitView(unit), children: (await this.directory.children(unit.code)).map(toUnitView) };
  }

  @Get(':code/officials')
  @ApiOperation({ summary: 'Officials of a unit with their roles' })
  @ApiOkResponse({ type: UnitOfficialPageView })
  async officials(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('code', UnitCodeParam) code: string,
    @Query() page: PaginationQuery,
  ): Promise<PageOf<UnitOfficialView>> {
    const { unit } = await this.policy.requireUnit(me, code, 'org_units', 'read');
    const officials = (await this.directory.officialsOf(unit.code)).map(({ official, roles }) => ({
      id: official.id,
      username: official.username,
      fullName: official.fullName,
      title: official.title,
      email: official.email,
      roles: roles.map((role) => ({ code: role, label: ROLE_LABELS_VI[role] })),
    }));
    return pageOf(officials, page);
  }
}
