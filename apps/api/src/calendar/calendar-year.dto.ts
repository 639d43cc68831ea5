import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/**
 * One year of the government's announcements, as an administrator enters it: it replaces the shipped
 * year for every plan. The dates are checked by the same rules as a plan's own calendar.
 */
export class CalendarYearDto {
  @ApiProperty({
    example: ['2027-02-05', { date: '2027-02-12', name: 'Nghỉ Tết Nguyên đán (theo thông báo)' }],
    description: 'Days off beyond the statutory holidays: the Tết window, nghỉ bù, swapped days',
  })
  @IsArray()
  @ArrayMaxSize(60)
  daysOff!: unknown[];

  @ApiProperty({ example: ['2027-02-20'], description: 'Make-up working days (làm bù), usually Saturdays' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  workingDays!: string[];

  @ApiPropertyOptional({ enum: ['before', 'after'], description: 'Which neighbour of 2 September is the second National Day holiday' })
  @IsOptional()
  @IsIn(['before', 'after'], { message: 'nationalDayCompanion phải là "before" hoặc "after".' })
  nationalDayCompanion?: 'before' | 'after';

  @ApiProperty({ example: 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2027' })
  @IsString()
  @MinLength(5, { message: 'Phải ghi văn bản thông báo của Chính phủ mà lịch này căn cứ (source).' })
  @MaxLength(500)
  source!: string;
}
