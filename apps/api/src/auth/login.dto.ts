import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'lanhdao.tinh' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'ThiDua@2026!' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}
