import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { REPORT_REQUEST_KINDS, ReportRequestKind } from '@tdkt/domain';
import { ReminderPolicyDto } from './reminder-policy.dto';
import { RequestKpiDto } from './request-kpi.dto';
import { RequestRecipientsDto } from './request-recipients.dto';

/** A leader asks the units below for a report, a registration or a list, outside the plan's phases. */
export class CreateReportRequestDto {
  @ApiProperty({ enum: REPORT_REQUEST_KINDS, example: 'report' })
  @IsIn(REPORT_REQUEST_KINDS, { message: 'kind phải là "report" (báo cáo), "registration" (đăng ký) hoặc "list" (danh sách).' })
  kind!: ReportRequestKind;

  @ApiProperty({ example: 'Báo cáo nhanh số hộ nghèo được hỗ trợ nhà ở' })
  @IsString()
  @MinLength(5, { message: 'Tiêu đề yêu cầu quá ngắn.' })
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 'Đề nghị UBND các xã báo cáo số hộ nghèo đã được hỗ trợ nhà ở đến hết tháng 11.' })
  @IsString()
  @MinLength(5, { message: 'Phải nêu nội dung cần báo cáo.' })
  @MaxLength(5000)
  content!: string;

  @ApiProperty({ type: RequestRecipientsDto })
  @ValidateNested()
  @Type(() => RequestRecipientsDto)
  recipients!: RequestRecipientsDto;

  @ApiProperty({
    example: { kind: 'workingDaysAfter', anchor: 'issued', days: 5 },
    description:
      'As a plan writes a due date: {"kind":"date","date":"2026-12-10"}, an instant, or N working days / a duration after "issued"',
  })
  @IsObject({ message: 'due phải là một thời hạn, ví dụ {"kind":"date","date":"2026-12-10"}.' })
  due!: Record<string, unknown>;

  @ApiPropertyOptional({ type: [RequestKpiDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RequestKpiDto)
  kpis?: RequestKpiDto[];

  @ApiPropertyOptional({ description: 'The campaign the request is made within' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ type: ReminderPolicyDto, description: 'The body’s default reminders when omitted' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReminderPolicyDto)
  reminders?: ReminderPolicyDto;
}
