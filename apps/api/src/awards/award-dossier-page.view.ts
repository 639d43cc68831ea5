import { ApiProperty } from '@nestjs/swagger';
import { AwardDossierView } from './award-dossier.view';

export class AwardDossierPageView {
  @ApiProperty({ type: [AwardDossierView] }) items!: AwardDossierView[];
  @ApiProperty() total!: number;
}
