import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

/** Which units below the requester are asked: by level and kind within its subtree, or named. */
export class RequestRecipientsDto {
  @ApiPropertyOptional({ example: ['xa'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  levels?: string[];

  @ApiPropertyOptional({ example: ['ubnd'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  kinds?: string[];

  @ApiPropertyOptional({ example: ['TQ-YS-THANGQUAN'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  unitCodes?: string[];
}
