import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { HUMAN_TASK_KINDS, HumanTaskKind } from '@tdkt/domain';

/** A leader delegates (ủy quyền) some of their decisions to another official of the body, for a period. */
export class CreateDelegationDto {
  @ApiProperty({ example: 'vanphong.ys-thangquan', description: 'Who may decide in the leader’s place' })
  @IsString()
  @MaxLength(100)
  toUsername!: string;

  @ApiPropertyOptional({
    example: 'lanhdao.ys-thangquan',
    description: 'An administrator reassigning an absent leader’s decisions names the leader; a leader omits it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  fromUsername?: string;

  @ApiProperty({ enum: HUMAN_TASK_KINDS, isArray: true, example: ['report_approval'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Chọn ít nhất một loại việc được ủy quyền (kinds).' })
  @IsIn(HUMAN_TASK_KINDS, { each: true, message: `Loại việc phải là một trong: ${HUMAN_TASK_KINDS.join(', ')}.` })
  kinds!: HumanTaskKind[];

  @ApiPropertyOptional({ description: 'Only this campaign; every campaign when omitted' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiProperty({ example: '2026-12-01T00:00:00+07:00' })
  @IsISO8601({ strict: true }, { message: 'startsAt phải là thời điểm ISO-8601, ví dụ 2026-12-01T00:00:00+07:00.' })
  startsAt!: string;

  @ApiProperty({ example: '2026-12-15T00:00:00+07:00' })
  @IsISO8601({ strict: true }, { message: 'endsAt phải là thời điểm ISO-8601, ví dụ 2026-12-15T00:00:00+07:00.' })
  endsAt!: string;

  @ApiProperty({ example: 'Đồng chí Chủ tịch đi công tác nước ngoài' })
  @IsString()
  @MinLength(3, { message: 'Phải nêu lý do ủy quyền.' })
  @MaxLength(2000)
  reason!: string;
}
