import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class DeactivateOfficialDto {
  @ApiProperty({ example: 'Nghỉ hưu từ ngày 01/12/2026' })
  @IsString()
  @MinLength(3, { message: 'Phải nêu lý do khóa tài khoản (reason).' })
  @MaxLength(2000)
  reason!: string;
}
