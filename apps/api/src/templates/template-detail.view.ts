import { ApiProperty } from '@nestjs/swagger';
import { TemplateSummaryView } from './template-summary.view';

// The plan is the domain's PlanTemplate['plan'] (a PlanDefinition with placeholders): named here, not restated.
export class TemplateDetailView extends TemplateSummaryView {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The plan with its placeholders (PlanTemplate.plan in the domain library)',
  })
  plan!: Record<string, unknown>;
}
