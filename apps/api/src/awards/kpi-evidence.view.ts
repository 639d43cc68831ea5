import { ApiProperty } from '@nestjs/swagger';

/** What the nominating unit reported in the campaign: the KPI values of its reports, as evidence beside its achievements. */
export class KpiEvidenceView {
  @ApiProperty({ example: 'tong-ket-2025' }) obligationKey!: string;
  @ApiProperty({ enum: ['submitted', 'approved', 'returned', 'open', 'pending', 'closed', 'cancelled'] }) status!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { 'ho-so-truc-tuyen': 86 } })
  kpiValues!: Record<string, number>;
}
