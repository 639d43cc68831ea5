import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { RequestIdDto } from '../common/request-id.dto';

/** The issuer's leader suspends a running campaign, or resumes a suspended one. */
export class PauseCampaignDto extends RequestIdDto {
  @ApiProperty({ example: 'Tạm dừng để rà soát lại tiêu chí sau khi sắp xếp đơn vị hành chính' })
  @IsString()
  @MinLength(3, { message: 'Phải nêu lý do tạm dừng hoặc tiếp tục phong trào.' })
  @MaxLength(2000)
  reason!: string;
}
