import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A council session. Ballots are secret until the close: before it, only how many were cast and whether I voted. */
export class CouncilSessionView {
  @ApiProperty() openedAt!: string;
  @ApiProperty() members!: number;
  @ApiProperty() present!: number;
  @ApiProperty() ballotsCast!: number;
  @ApiProperty() iVoted!: boolean;
  @ApiPropertyOptional() closedAt?: string;
  @ApiPropertyOptional({
    description: 'Per position in the list, once closed',
    type: 'object',
    additionalProperties: { type: 'object', properties: { passed: { type: 'boolean' }, summary: { type: 'string' } } },
  })
  result?: Record<string, { passed: boolean; summary: string }>;
  @ApiPropertyOptional({ description: 'Every ballot, once closed', type: 'array', items: { type: 'object' } })
  ballots?: Record<string, unknown>[];
}
