import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AWARD_STEP_KINDS } from '@tdkt/domain';
import { CouncilRuleView } from './council-rule.view';

/** One step of the computed route, with the units whose officials act at it. */
export class RouteStepView {
  @ApiProperty({ enum: AWARD_STEP_KINDS }) kind!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty({ type: [String] }) actingUnits!: string[];
  @ApiProperty({ enum: ['leader', 'board_appraiser', 'specialist', 'council_secretary'] }) role!: string;
  @ApiProperty() workingDays!: number;
  @ApiPropertyOptional() postingWorkingDays?: number;
  @ApiPropertyOptional({ enum: ['chu_tich_nuoc', 'chinh_phu', 'thu_tuong'] }) forwardTo?: string;
  @ApiPropertyOptional({ type: CouncilRuleView, description: 'For the council step: the rule its result follows (criteria for scoring)' })
  council?: CouncilRuleView;
}
