import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { RequireRoles } from '../auth/require-roles.decorator';
import { CalendarYearDto } from './calendar-year.dto';
import { CalendarYearView } from './calendar-year.view';
import { NationalCalendarService } from './national-calendar.service';
import { YearParam } from '../common/path-params';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(private readonly calendar: NationalCalendarService) {}

  @Get('calendar/:year')
  @ApiOperation({
    summary: 'The days off of a year every plan counts working days on: statutory holidays, Tết window, nghỉ bù; and its source',
  })
  @ApiOkResponse({ type: CalendarYearView })
  year(@Param('year', YearParam) year: number) {
    return this.calendar.year(year);
  }

  @Put('admin/calendar/:year')
  @RequireRoles('admin')
  @ApiOperation({
    summary: 'Enter a year of the government’s announcements (administrator): it replaces the shipped year for every plan from now on',
  })
  put(@CurrentOfficial() me: CurrentOfficialInfo, @Param('year', YearParam) year: number, @Body() body: CalendarYearDto) {
    return this.calendar.put(me, year, body);
  }
}
