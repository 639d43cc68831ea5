import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 10 characters, without the username, not a very common password' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  newPassword!: string;
}
