import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsObject, IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { isLocalDate } from '@tdkt/domain';

/**
 * A province's (or ministry's) changes to the shipped award catalogue, from a date: other step limits,
 * entries changed (thresholds, posting periods, limits) or added (its own forms), entries withdrawn. The
 * entries are checked against the catalogue's rules, which name each field at fault.
 */
export class CatalogueOverrideDto {
  @ApiProperty({ example: '2027-01-01' })
  @ValidateBy({
    name: 'isLocalDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isLocalDate(value),
      defaultMessage: () => 'Ngày áp dụng (validFrom) ghi theo dạng YYYY-MM-DD và phải là một ngày có thật.',
    },
  })
  validFrom!: string;

  @ApiPropertyOptional({ example: 'Quyết định số 25/2026/QĐ-UBND ngày 10/12/2026 của UBND tỉnh' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reference?: string;

  @ApiPropertyOptional({ description: 'Working days per step kind', example: { appraise: 15 } })
  @IsOptional()
  @IsObject()
  stepLimits?: Record<string, number>;

  @ApiPropertyOptional({
    description: 'Entries changed (by key) or added (with every field a new form needs)',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
  })
  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  entries?: Record<string, unknown>[];

  @ApiPropertyOptional({ type: [String], description: 'Keys of entries the province no longer awards' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  withdrawn?: string[];
}
