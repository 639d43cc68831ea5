import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PaginationQuery } from '../common/pagination.dto';

export class OfficialsQuery extends PaginationQuery {
  @ApiPropertyOptional({ example: 'TQ-YS', description: 'This unit and the units below it' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'Mã đơn vị (unitCode) gồm tối đa 64 chữ cái không dấu, chữ số, ".", "_" hoặc "-".' })
  unitCode?: string;

  @ApiPropertyOptional({ example: 'nguyen van', description: 'Part of the name or username, with or without diacritics' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ default: false, description: 'Also the deactivated accounts' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value))
  @IsBoolean({ message: 'includeInactive phải là true hoặc false.' })
  includeInactive?: boolean;
}
