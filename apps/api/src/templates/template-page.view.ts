import { ApiProperty } from '@nestjs/swagger';
import { TemplateSummaryView } from './template-summary.view';

export class TemplatePageView {
  @ApiProperty({ type: [TemplateSummaryView] }) items!: TemplateSummaryView[];
  @ApiProperty() total!: number;
}
