import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { RequestIdDto } from '../common/request-id.dto';
import { PhaseDeadlineChangeDto } from './phase-deadline-change.dto';

/** The issuer's leader amends an issued plan: deadlines moved, or set when they were to be announced. */
export class AmendPlanDto extends RequestIdDto {
  @ApiProperty({ example: 'Lùi thời hạn sơ kết theo chỉ đạo của Thường trực Tỉnh ủy' })
  @IsString()
  @MinLength(3, { message: 'Phải nêu lý do điều chỉnh kế hoạch.' })
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({ type: [PhaseDeadlineChangeDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Phải nêu ít nhất một bước có thời hạn thay đổi.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PhaseDeadlineChangeDto)
  phases!: PhaseDeadlineChangeDto[];
}
