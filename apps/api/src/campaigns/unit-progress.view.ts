import { ApiProperty } from '@nestjs/swagger';
import { OBLIGATION_STATUSES, PHASE_KIND_VALUES } from '@tdkt/domain';

// The shape of GET /campaigns/:id/units, for the OpenAPI document (and so the web app's generated client).

export class UnitProgressView {
  @ApiProperty() campaignId!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty({ description: 'The phase, or one period of it (`bao-cao#2025-Q1`)' }) obligationKey!: string;
  @ApiProperty({ description: 'The unit it reports to' }) reportsTo!: string;
  @ApiProperty() levelCode!: string;
  @ApiProperty() unitPath!: string;
  @ApiProperty() phaseKey!: string;
  @ApiProperty() stageKey!: string;
  @ApiProperty({ enum: PHASE_KIND_VALUES }) kind!: string;
  @ApiProperty({ enum: OBLIGATION_STATUSES }) status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while the plan announces the deadline later' })
  dueAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt!: Date | null;
  @ApiProperty() remindersSent!: number;
  @ApiProperty() escalated!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, nullable: true, description: 'By criterion key' })
  kpiValues!: Record<string, number> | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'What the unit last sent (ObligationContent in the domain library): summary, KPI values, its own plan, nominations',
  })
  content!: object | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export class UnitProgressPageView {
  @ApiProperty({ type: [UnitProgressView] }) items!: UnitProgressView[];
  @ApiProperty() total!: number;
}
