import { ApiProperty } from '@nestjs/swagger';

// The shape of toCampaignView (GET /campaigns), for the OpenAPI document (and so the web app's generated client).

export class CampaignSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuerUnitCode!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: ['plan', 'request'] }) kind!: string;
  @ApiProperty({ enum: ['in_approval', 'rejected', 'expired', 'issued', 'running', 'suspended', 'closed', 'cancelled'] }) status!: string;
  @ApiProperty({ type: String, nullable: true, example: '1/KH-UBND' }) planNumber!: string | null;
  @ApiProperty() planVersion!: number;
  @ApiProperty({ type: String, nullable: true }) templateKey!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) issuedAt!: Date | null;
}

export class CampaignPageView {
  @ApiProperty({ type: [CampaignSummaryView] }) items!: CampaignSummaryView[];
  @ApiProperty() total!: number;
}
