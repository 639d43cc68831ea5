import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PaginationQuery } from '../common/pagination.dto';

/** Look up awards by nominee (its key: "cccd:…", "mst:…", "unit:…"), by nominating unit, by year or by form. */
export class AwardHistoryQueryDto extends PaginationQuery {
  @ApiPropertyOptional({ example: 'cccd:008085001234' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nomineeKey?: string;

  @ApiPropertyOptional({ example: 'TQ-YS-THANGQUAN' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  awardKey?: string;
}
