import { ApiProperty } from '@nestjs/swagger';

/** One award form's or one unit's figures in a campaign. */
export class AwardCountView {
  @ApiProperty({ description: 'The award key or the unit code' }) key!: string;
  @ApiProperty() dossiers!: number;
  @ApiProperty() nominated!: number;
  @ApiProperty() awarded!: number;
  @ApiProperty() notAwarded!: number;
  @ApiProperty() inProgress!: number;
}

export class AwardStatisticsView {
  @ApiProperty({ type: [AwardCountView] }) byAward!: AwardCountView[];
  @ApiProperty({ type: [AwardCountView] }) byUnit!: AwardCountView[];
  @ApiProperty({ type: AwardCountView }) total!: AwardCountView;
}
