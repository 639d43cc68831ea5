import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AwardDossierStore } from '@tdkt/persistence';
import { AwardHistoryQueryDto } from './award-history-query.dto';
import { AwardRecordPageView } from './award-record-page.view';

/**
 * The award history: who was awarded what, by which decision. Decisions are public acts (they are read
 * out and posted), so any signed-in official may look them up.
 */
@ApiTags('awards')
@ApiBearerAuth()
@Controller('award-history')
export class AwardHistoryController {
  constructor(private readonly dossiers: AwardDossierStore) {}

  @Get()
  @ApiOperation({ summary: 'Awards given, by person, collective, unit, year or form, newest first' })
  @ApiOkResponse({ type: AwardRecordPageView })
  async list(@Query() query: AwardHistoryQueryDto): Promise<AwardRecordPageView> {
    const page = await this.dossiers.history(query);
    return {
      total: page.total,
      items: page.items.map((record) => ({
        nomineeKey: record.nomineeKey,
        nomineeKind: record.nomineeKind,
        nomineeName: record.nomineeName,
        unitCode: record.unitCode,
        awardKey: record.awardKey,
        year: record.year,
        decisionNumber: record.decisionNumber,
        decidedAt: record.decidedAt.toISOString(),
        dossierId: record.dossierId,
        campaignId: record.campaignId,
      })),
    };
  }
}
