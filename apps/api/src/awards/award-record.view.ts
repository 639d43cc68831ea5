import { ApiProperty } from '@nestjs/swagger';

export class AwardRecordView {
  @ApiProperty() nomineeKey!: string;
  @ApiProperty({ enum: ['individual', 'collective', 'household', 'enterprise'] }) nomineeKind!: string;
  @ApiProperty() nomineeName!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty() awardKey!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ example: '12/QĐ-UBND' }) decisionNumber!: string;
  @ApiProperty() decidedAt!: string;
  @ApiProperty() dossierId!: string;
  @ApiProperty() campaignId!: string;
}
