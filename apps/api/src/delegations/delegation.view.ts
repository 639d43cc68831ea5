import { ApiProperty } from '@nestjs/swagger';
import { HUMAN_TASK_KINDS } from '@tdkt/domain';

// The shape of a delegation as the API answers it (the domain's Delegation), for the OpenAPI document.

export class DelegationPartyView {
  @ApiProperty() officialId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty({ type: String, nullable: true, required: false }) title?: string | null;
}

export class DelegationView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: DelegationPartyView, description: 'The leader whose decisions are delegated' }) from!: DelegationPartyView;
  @ApiProperty({ type: DelegationPartyView, description: 'The official who takes them, signing TUQ.' }) to!: DelegationPartyView;
  @ApiProperty({ enum: HUMAN_TASK_KINDS, isArray: true }) kinds!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Null: every campaign' }) campaignId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) startsAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
}
