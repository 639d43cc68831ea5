import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { RequestIdDto } from '../common/request-id.dto';

/** The issuer's leader ends a running campaign early: closed as it stands, or cancelled. */
export class EndCampaignDto extends RequestIdDto {
  @ApiProperty({ enum: ['closed', 'cancelled'], description: '"closed": ends with what was done; "cancelled": the campaign is called off' })
  @IsIn(['closed', 'cancelled'], { message: 'outcome phải là "closed" (kết thúc) hoặc "cancelled" (hủy).' })
  outcome!: 'closed' | 'cancelled';

  @ApiProperty({ example: 'Sáp nhập đơn vị hành chính, phong trào được thay bằng kế hoạch mới' })
  @IsString()
  @MinLength(3, { message: 'Phải nêu lý do kết thúc hoặc hủy phong trào.' })
  @MaxLength(2000)
  reason!: string;
}
