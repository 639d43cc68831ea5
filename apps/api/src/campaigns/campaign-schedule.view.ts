import { ApiProperty } from '@nestjs/swagger';
import { PHASE_KIND_VALUES } from '@tdkt/domain';

// The shape of GET /campaigns/:id/schedule, for the OpenAPI document (and so the web app's generated client): the
// campaign page draws its lifecycle from it, since the plan only says how each date is counted, not when it falls.

export class LevelTimesView {
  @ApiProperty({ example: 'xa' }) levelCode!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Null while it cannot be counted yet (before issue, for a date counted from the issue)',
  })
  opensAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Null while the plan announces it later, or before issue for a date counted from the issue',
  })
  dueAt!: string | null;
  @ApiProperty({ description: 'The plan announces this due date later (sẽ thông báo sau)' }) announcedLater!: boolean;
}

export class PhaseScheduleView {
  @ApiProperty({ example: 'phat-dong' }) phaseKey!: string;
  @ApiProperty() stageKey!: string;
  @ApiProperty({ enum: PHASE_KIND_VALUES }) kind!: string;
  @ApiProperty({ type: [LevelTimesView], description: 'The participating levels it may apply to, top level first' })
  levels!: LevelTimesView[];
}

export class ScheduleIssuerView {
  @ApiProperty({ example: 'TQ' }) code!: string;
  @ApiProperty({ example: 'Ủy ban nhân dân tỉnh Tuyên Quang', description: 'As printed at the head of the plan' }) name!: string;
  @ApiProperty({ example: 'tinh' }) levelCode!: string;
  @ApiProperty({ example: '/TQ/', description: 'Its place in the unit tree: which officials are above or below it' }) path!: string;
}

export class CampaignScheduleView {
  @ApiProperty({ type: ScheduleIssuerView }) issuer!: ScheduleIssuerView;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'The instant dates count from: the paper issue date when the plan was entered after the fact, else the signature',
  })
  countedFrom!: string | null;
  @ApiProperty({ type: [PhaseScheduleView], description: 'Every phase, in plan order' }) phases!: PhaseScheduleView[];
}
