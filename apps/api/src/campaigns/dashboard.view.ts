import { ApiProperty } from '@nestjs/swagger';
import { DashboardDayView } from './dashboard-day.view';
import { DashboardLateUnitView } from './dashboard-late-unit.view';
import { DashboardLevelView } from './dashboard-level.view';
import { DashboardPhaseView } from './dashboard-phase.view';

/** What the campaign dashboard adds to the progress counts: names, activity over time, the latest units. */
export class DashboardView {
  @ApiProperty() campaignId!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The instant lateness is measured against' }) asOf!: string;
  @ApiProperty({ type: [DashboardLevelView], description: 'The levels the obligations in scope are on, top level first' })
  levels!: DashboardLevelView[];
  @ApiProperty({ type: [DashboardPhaseView], description: 'The plan’s phases, in the plan’s order' }) phases!: DashboardPhaseView[];
  @ApiProperty({ type: [DashboardDayView], description: 'Days with reports sent or approved, oldest first' }) daily!: DashboardDayView[];
  @ApiProperty({ type: [DashboardLateUnitView], description: 'The units with the most late obligations, most first (`top` of them)' })
  lateUnits!: DashboardLateUnitView[];
  @ApiProperty({ description: 'How many units in scope have late obligations in all' }) lateUnitCount!: number;
}
