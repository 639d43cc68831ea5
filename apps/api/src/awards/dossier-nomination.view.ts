import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InitiativeDto } from './initiative.dto';
import { NomineeDto } from './nominee.dto';
import { NomineeStandingView } from './nominee-standing.view';

export class DossierNominationView {
  @ApiProperty() index!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: NomineeDto }) nominee!: NomineeDto;
  @ApiProperty() achievements!: string;
  @ApiPropertyOptional({ type: InitiativeDto }) initiative?: InitiativeDto;
  @ApiProperty({ type: NomineeStandingView }) standing!: NomineeStandingView;
}
