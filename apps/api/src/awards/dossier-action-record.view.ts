import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class DossierActionRecordView {
  @ApiProperty() kind!: string;
  @ApiPropertyOptional() stepKind?: string;
  @ApiProperty() actorName!: string;
  @ApiProperty() actorUnitCode!: string;
  @ApiProperty() at!: string;
  @ApiPropertyOptional() comment?: string;
  @ApiPropertyOptional({ description: 'The leader in whose place the official acted, under their delegation (TUQ.)' })
  delegatedByFullName?: string;
}
