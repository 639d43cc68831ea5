import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class RevokeDelegationDto {
  @ApiProperty({ example: 'Đồng chí Chủ tịch đã trở lại làm việc' })
  @IsString()
  @MinLength(3, { message: 'Phải nêu lý do thu hồi ủy quyền.' })
  @MaxLength(2000)
  reason!: string;
}
