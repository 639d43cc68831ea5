import { Controller, Get, Header, Param, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiInternalServerErrorResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { renderTimelineCsv } from './timeline-csv';
import { TimelineFilterQuery } from './timeline-filter.query';
import { TimelinePageView } from './timeline-item.view';
import { renderTimelineHtml } from './timeline-html';
import { TimelinePageQuery } from './timeline-page.query';
import { TimelineService } from './timeline.service';
import { VerificationReportView } from './verification-report.view';
import { VerificationService } from './verification.service';
import { UuidParam } from '../common/path-params';

/** The audit record of a campaign: its decision log, read within the viewer's scope, and its verification. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'The campaign, or the unit filtered on, is outside the official’s scope' })
@ApiNotFoundResponse({ description: 'No such campaign or unit' })
@Controller('campaigns/:id')
export class AuditController {
  constructor(
    private readonly timeline: TimelineService,
    private readonly verification: VerificationService,
  ) {}

  // The file routes come before `timeline` so that no pattern can take ".csv" / ".html" for part of another route.
  @Get('timeline.csv')
  @ApiOperation({
    summary:
      'The filtered timeline as a CSV file (UTF-8 with BOM, Vietnamese headers), every matching step up to 100,000 (X-Total-Count: how many match)',
  })
  @ApiProduces('text/csv')
  async csv(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('id', UuidParam) id: string,
    @Query() filter: TimelineFilterQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    const timeline = await this.timeline.export(me, id, filter);
    response.setHeader('X-Total-Count', String(timeline.total));
    return new StreamableFile(Buffer.from(renderTimelineCsv(timeline.items), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="nhat-ky-${id}.csv"`,
    });
  }

  @Get('timeline.html')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The filtered timeline as a printable page, with the issuing body, the plan, the period and the chain check' })
  @ApiProduces('text/html')
  async html(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Query() filter: TimelineFilterQuery) {
    return renderTimelineHtml(await this.timeline.record(me, id, filter), me, new Date());
  }

  @Get('timeline')
  @ApiOperation({ summary: 'Every recorded step of the campaign within my scope, oldest first, filterable and paginated' })
  @ApiOkResponse({ type: TimelinePageView })
  page(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string, @Query() query: TimelinePageQuery) {
    return this.timeline.page(me, id, query);
  }

  @Get('verification')
  @ApiOperation({
    summary: 'Verify the whole record on the worker: hash chain, archived histories, replay against the log (may take minutes)',
  })
  @ApiOkResponse({ type: VerificationReportView, description: 'The report, whether the record holds or not (`ok`)' })
  @ApiInternalServerErrorResponse({ description: 'The verification itself could not run (the message says why, in Vietnamese)' })
  verify(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string): Promise<VerificationReportView> {
    return this.verification.verify(me, id);
  }
}
