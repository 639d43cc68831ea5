import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Where one name stands: still in the running, awarded by a decision, or stopped at a step with the reason. */
export class NomineeStandingView {
  @ApiProperty({ enum: ['in_progress', 'awarded', 'not_awarded'] }) status!: string;
  @ApiPropertyOptional() decisionNumber?: string;
  @ApiPropertyOptional() stepKind?: string;
  @ApiPropertyOptional() reason?: string;
}
