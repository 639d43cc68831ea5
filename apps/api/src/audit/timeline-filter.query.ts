import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AUDIT_ACTIONS, AuditAction } from '@tdkt/domain';
import { VIETNAM_DATE_OR_INSTANT } from './vietnam-time';

const DATE_MESSAGE = (field: string) =>
  `${field} phải là một ngày (YYYY-MM-DD, tính cả ngày theo giờ Việt Nam) hoặc một thời điểm ISO 8601, ví dụ 2026-03-10 hoặc 2026-03-10T08:00+07:00.`;

/** "a,b" or ?action=a&action=b → ['a', 'b']. */
const splitList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter(Boolean);

/** Which steps of a campaign's decision log to show; every filter narrows the viewer's own scope. */
export class TimelineFilterQuery {
  @ApiPropertyOptional({
    example: 'TQ-YS',
    description: 'Only steps on this unit and the units below it (403 outside your scope, 404 unknown)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitCode?: string;

  @ApiPropertyOptional({ example: 'lanhdao.ys', description: 'Only steps taken by this official (username)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({
    type: String,
    example: 'report_submitted,report_approved',
    description: `Comma-separated, among: ${AUDIT_ACTIONS.join(', ')}`,
  })
  @IsOptional()
  @Transform(splitList)
  @ArrayMaxSize(AUDIT_ACTIONS.length, { message: 'Danh sách hành động quá dài.' })
  @IsIn(AUDIT_ACTIONS, {
    each: true,
    message: ({ value }) =>
      `Hành động không có trong nhật ký: ${(value as string[])
        .filter((v) => !(AUDIT_ACTIONS as readonly string[]).includes(v))
        .join(', ')}. Chọn trong: ${AUDIT_ACTIONS.join(', ')}.`,
  })
  action?: AuditAction[];

  @ApiPropertyOptional({
    example: '2026-03-01',
    description: 'From this instant; a bare date = from the start of that day in Asia/Ho_Chi_Minh',
  })
  @IsOptional()
  @IsString()
  @Matches(VIETNAM_DATE_OR_INSTANT, { message: DATE_MESSAGE('from') })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-03-31',
    description: 'Up to this instant, inclusive; a bare date = to the end of that day in Asia/Ho_Chi_Minh',
  })
  @IsOptional()
  @IsString()
  @Matches(VIETNAM_DATE_OR_INSTANT, { message: DATE_MESSAGE('to') })
  to?: string;
}
