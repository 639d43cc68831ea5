import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { RequireRoles } from '../auth/require-roles.decorator';
import { AwardCatalogueService } from './award-catalogue.service';
import { CatalogueOverrideDto } from './catalogue-override.dto';
import { UnitCodeParam } from '../common/path-params';
import { pageOf } from '../common/page-of';
import { PageViewOf } from '../common/page-view';
import { PaginationQuery } from '../common/pagination.dto';

const CatalogueOverridePageView = PageViewOf(CatalogueOverrideDto);

@ApiTags('awards')
@ApiBearerAuth()
@Controller('award-catalogue/overrides/:unitCode')
export class AwardCatalogueController {
  constructor(private readonly catalogue: AwardCatalogueService) {}

  @Get()
  @ApiOperation({
    summary: 'The changes a province (top unit) made to the shipped award catalogue, by the date they apply from (officials of that unit)',
  })
  @ApiOkResponse({ type: CatalogueOverridePageView })
  async list(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('unitCode', UnitCodeParam) unitCode: string,
    @Query() page: PaginationQuery,
  ) {
    return pageOf(await this.catalogue.overrides(me, unitCode), page);
  }

  @Put()
  // The table (docs/ACCESS.md, catalogue_override) opens this to administrators only: refused before the body is read.
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Record the province’s changes from a date (its administrator); the shipped entries before that date are kept' })
  @ApiOkResponse({ type: CatalogueOverrideDto })
  @ApiBadRequestResponse({ description: 'The catalogue would not stand: `errors[]` names each field at fault' })
  @ApiForbiddenResponse({ description: 'Not the administrator of that top unit' })
  save(@CurrentOfficial() me: CurrentOfficialInfo, @Param('unitCode', UnitCodeParam) unitCode: string, @Body() body: CatalogueOverrideDto) {
    return this.catalogue.saveOverride(me, unitCode, body);
  }
}
