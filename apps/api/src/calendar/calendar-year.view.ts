import { ApiProperty } from '@nestjs/swagger';
import { DayOffView } from './day-off.view';

// The shape of GET /calendar/:year, for the OpenAPI document and so the web app's typed client. The announcement is
// the domain's YearOverride, which the web app hands to its own WorkingDayCalendar: named here, not restated.
export class CalendarYearView {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({
    enum: ['administrator', 'shipped', 'statutory'],
    description: 'Entered by an administrator, shipped with the software, or the statutory holidays alone',
  })
  source!: 'administrator' | 'shipped' | 'statutory';
  @ApiProperty({ type: String, nullable: true, description: 'The government’s notice an administrator entered it from' })
  reference!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'What the government announced for the year (YearOverride in the domain library); null when nothing was',
  })
  announcement!: Record<string, unknown> | null;
  @ApiProperty({ type: [DayOffView], description: 'Every day off of the year other than weekends, in date order' })
  daysOff!: DayOffView[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: Date | null;
}
