import { BadRequestException, Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { isLocalDate } from '@tdkt/domain';
import { OfficialPostings, OrgDirectory, UnitHistoryStore } from '@tdkt/persistence';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { UnitCodeParam } from '../common/path-params';
import type { Bilingual } from '../common/problem/said';
import { UnitHistoryView, UnitOnDayView } from './org-change.views';
import { UnitHistoryQuery } from './unit-history.query';
import { AccessPolicy } from '../access/access-policy.service';

@ApiTags('units')
@ApiBearerAuth()
@ApiExtraModels(UnitHistoryView, UnitOnDayView)
@ApiForbiddenResponse({ description: 'The unit is outside the official’s scope' })
@ApiNotFoundResponse({ description: 'No unit with this code' })
@Controller('units')
export class UnitHistoryController {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly history: UnitHistoryStore,
    private readonly postings: OfficialPostings,
    private readonly directory: OrgDirectory,
  ) {}

  @Get(':code/history')
  @ApiOperation({ summary: 'A unit’s versions and postings; with ?on=, the unit as it was that day and who held which roles' })
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(UnitHistoryView) }, { $ref: getSchemaPath(UnitOnDayView) }] } })
  async unitHistory(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('code', UnitCodeParam) code: string,
    @Query() query: UnitHistoryQuery,
  ): Promise<UnitHistoryView | UnitOnDayView> {
    const { unit } = await this.policy.requireUnit(me, code, 'org_units', 'read');
    if (query.on !== undefined) {
      if (!isLocalDate(query.on))
        throw new BadRequestException({
          message: `Ngày ${query.on} không có trên lịch.`,
          en: `The date ${query.on} does not exist on the calendar.`,
        } satisfies Bilingual);
      const [version, officials] = await Promise.all([this.history.on(unit.code, query.on), this.postings.on(unit.code, query.on)]);
      return { unitCode: unit.code, on: query.on, version, officials, leaders: officials.filter((o) => o.roles.includes('leader')) };
    }
    const [versions, postings] = await Promise.all([this.history.versions(unit.code), this.postings.inUnit(unit.code)]);
    const names = new Map<string, string>();
    for (const id of new Set(postings.map((p) => p.officialId))) {
      names.set(id, (await this.directory.findOfficial({ id }))?.official.fullName ?? '');
    }
    return {
      unitCode: unit.code,
      versions,
      postings: postings
        .filter((p) => p.validTo === null || p.validTo > p.validFrom)
        .map((p) => ({
          officialId: p.officialId,
          fullName: names.get(p.officialId) ?? '',
          roles: p.roles,
          validFrom: p.validFrom,
          validTo: p.validTo,
          changeRef: p.changeRef,
        })),
    };
  }
}
