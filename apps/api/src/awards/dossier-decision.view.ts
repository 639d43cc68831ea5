import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class DossierDecisionView {
  @ApiProperty({ example: '12/QĐ-UBND' }) number!: string;
  @ApiProperty() signedAt!: string;
  @ApiProperty() signerName!: string;
  @ApiPropertyOptional({ enum: ['KT', 'TUQ'] }) capacity?: string;
}
