import { ApiProperty } from '@nestjs/swagger';

/** One calendar day of the campaign's activity. */
export class DashboardDayView {
  @ApiProperty({ example: '2026-03-05', description: 'YYYY-MM-DD in Asia/Ho_Chi_Minh' }) day!: string;
  @ApiProperty({ description: 'Obligations whose last report was sent that day' }) submitted!: number;
  @ApiProperty({ description: 'Obligations approved that day (and still approved)' }) approved!: number;
}
