import { ApiProperty } from '@nestjs/swagger';

export class CentralOutcomeView {
  @ApiProperty() decisionNumber!: string;
  @ApiProperty() decidedOn!: string;
  @ApiProperty({ type: [Number] }) awarded!: number[];
  @ApiProperty() recordedByName!: string;
}
