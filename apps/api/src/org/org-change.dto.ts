import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * A set of org changes with its effective day, as JSON `changes` or as CSV text. The fields are read strictly by
 * the domain (libs/domain org/changes), which answers every problem at its path; this only lets the body through.
 */
export class OrgChangeSetDto {
  @ApiProperty({ example: '2025-07-01', description: 'YYYY-MM-DD: the first day the new tree holds; may be past or future' })
  @IsString()
  @MaxLength(10)
  effectiveOn!: string;

  @ApiProperty({ example: 'Nghị quyết số 1683/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã' })
  @IsString()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    description: 'rename | move | merge | split | deactivate, applied in order',
    example: [
      { kind: 'merge', unitCodes: ['TQ-YS-THANGQUAN', 'TQ-YS-LANGQUAN'], into: { code: 'TQ-YS-THANGQUAN', name: 'Xã Thắng Quân' } },
    ],
  })
  @IsOptional()
  @IsArray()
  changes?: unknown[];

  @ApiPropertyOptional({
    description:
      'Instead of changes: CSV with header kind,unitCode,name,parentCode,unitCodes,intoCode,statisticsCode,dutiesTo,successorCode (lists separated by ;)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(900_000)
  csv?: string;
}
