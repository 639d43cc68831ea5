import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

/** A JSON import: rows are checked one by one by the domain validator, which reports per row and field. */
export class OrgImportDto {
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, example: [{ code: 'xa', name: 'Xã', rank: 2 }] })
  @IsOptional()
  @IsArray()
  levels?: unknown[];

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    example: [{ code: 'TQ-YS-X9', name: 'Xã Mới', levelCode: 'xa', kind: 'ubnd', parentCode: 'TQ-YS' }],
  })
  @IsOptional()
  @IsArray()
  units?: unknown[];

  @ApiPropertyOptional({ type: 'array', items: { type: 'object' } })
  @IsOptional()
  @IsArray()
  officials?: unknown[];
}

/** The same import as CSV text, one document per section, with a header row. */
export class OrgCsvImportDto {
  @ApiPropertyOptional({ description: 'CSV with header: code,name,level,kind,parent,issuer_code (optional column: statistics_code)' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000_000)
  unitsCsv?: string;

  @ApiPropertyOptional({ description: 'CSV with header: username,full_name,email,unit,roles,title,password (roles separated by ;)' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000_000)
  officialsCsv?: string;
}

export class ImportSummaryDto {
  @ApiProperty() levels!: number;
  @ApiProperty() units!: number;
  @ApiProperty() officials!: number;
}
