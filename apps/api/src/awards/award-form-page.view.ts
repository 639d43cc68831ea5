import { ApiProperty } from '@nestjs/swagger';
import { AwardFormView } from './award-form.view';

export class AwardFormPageView {
  @ApiProperty({ type: [AwardFormView] }) items!: AwardFormView[];
  @ApiProperty() total!: number;
}
