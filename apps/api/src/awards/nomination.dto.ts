import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { NomineeDto } from './nominee.dto';
import { InitiativeDto } from './initiative.dto';

export class NominationDto {
  @ApiProperty({ type: NomineeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NomineeDto)
  nominee!: NomineeDto;

  @ApiProperty({ description: 'Tóm tắt thành tích (báo cáo thành tích đầy đủ kèm theo hồ sơ)' })
  @IsString()
  @IsNotEmpty({ message: 'Nêu tóm tắt thành tích của từng người/tập thể được đề nghị.' })
  @MaxLength(4000)
  achievements!: string;

  @ApiPropertyOptional({ type: InitiativeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => InitiativeDto)
  initiative?: InitiativeDto;
}
