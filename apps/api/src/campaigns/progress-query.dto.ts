import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OBLIGATION_STATUSES } from '@tdkt/domain';
import { PaginationQuery } from '../common/pagination.dto';

export class ProgressQuery extends PaginationQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) levelCode?: string;

  @ApiPropertyOptional({ enum: OBLIGATION_STATUSES })
  @IsOptional()
  @IsIn(OBLIGATION_STATUSES)
  status?: string;

  @ApiPropertyOptional({ description: 'Only units reporting to this unit' }) @IsOptional() @IsString() @MaxLength(64) reportsTo?: string;

  @ApiPropertyOptional({ description: 'Only this unit' }) @IsOptional() @IsString() @MaxLength(64) unitCode?: string;

  @ApiPropertyOptional({ description: 'Only this phase (its key, e.g. so-ket-2025), every period of it' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  phase?: string;

  @ApiPropertyOptional({ description: 'Only obligations past due now and not approved' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'late chỉ nhận true hoặc false.' })
  late?: boolean;
}
