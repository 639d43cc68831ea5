import { ApiProperty } from '@nestjs/swagger';

// What an action on an obligation answers (ObligationEvent in the domain library), for the OpenAPI document and so
// the web app's generated client.

export class ObligationEventView {
  @ApiProperty({ description: 'The request id the action was sent with; resending it returns this same event' }) requestId!: string;
  @ApiProperty({ enum: ['submit', 'approve', 'return', 'request_extension', 'grant_extension', 'refuse_extension'] }) action!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Who acted (ActorRef in the domain library)' })
  actor!: object;
  @ApiProperty({ description: 'ISO instant' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({
    enum: ['TM', 'KT', 'TUQ'],
    nullable: true,
    required: false,
    description: 'How a leader’s decision was signed: KT. for a deputy, TM. on behalf of the body, TUQ. under a delegation',
  })
  capacity?: string | null;
}
