import { ApiProperty } from '@nestjs/swagger';
import { CouncilCriterionView } from './council-criterion.view';

/** How the council at the deciding level reaches its result: a vote against a share, or scores against a pass mark. */
export class CouncilRuleView {
  @ApiProperty({ enum: ['vote', 'score'] }) kind!: 'vote' | 'score';
  @ApiProperty({ example: 0.6667, description: 'Share of the members who must attend, 0..1' }) quorum!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.9, description: 'For a vote: the share that must agree, 0..1' })
  threshold!: number | null;
  @ApiProperty({ enum: ['at_least', 'more_than'], nullable: true, description: 'For a vote: "từ … trở lên", or "quá" (strictly more)' })
  comparison!: 'at_least' | 'more_than' | null;
  @ApiProperty({ enum: ['members', 'present'], nullable: true, description: 'For a vote: share of all members, or of those present' })
  of!: 'members' | 'present' | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'For a vote: by secret ballot' }) secretBallot!: boolean | null;
  @ApiProperty({ type: [CouncilCriterionView], nullable: true, description: 'For scoring' }) criteria!: CouncilCriterionView[] | null;
  @ApiProperty({ type: Number, nullable: true, description: 'For scoring: the mean total that passes' }) passMark!: number | null;
}
