import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { CreateReportRequestDto } from './create-report-request.dto';
import { toReportRequestView } from './report-request.view';
import { ReportRequestsQuery } from './report-requests-query.dto';
import { ReportRequestsService } from './report-requests.service';

@ApiTags('report-requests')
@ApiBearerAuth()
@Controller('report-requests')
export class ReportRequestsController {
  constructor(private readonly requests: ReportRequestsService) {}

  @Post()
  @ApiOperation({
    summary:
      'Ask the units below for a report, registration or list outside the plan’s phases (a unit’s leader); answered like a phase, at /campaigns/:id/units/:unit/obligations/request/…',
  })
  async create(@CurrentOfficial() me: CurrentOfficialInfo, @Body() body: CreateReportRequestDto) {
    return toReportRequestView(await this.requests.create(me, body));
  }

  @Get()
  @ApiOperation({ summary: 'Requests I sent or that were sent to my units, newest first' })
  async list(@CurrentOfficial() me: CurrentOfficialInfo, @Query() query: ReportRequestsQuery) {
    const page = await this.requests.list(me, query);
    return { ...page, items: page.items.map(toReportRequestView) };
  }
}
