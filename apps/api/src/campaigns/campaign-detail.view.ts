import { ApiProperty } from '@nestjs/swagger';
import { CampaignSummaryView } from './campaign-summary.view';

// The shape of GET /campaigns/:id, for the OpenAPI document (and so the web app's generated client). The plan and
// the approval state are the domain's own types (PlanDefinition, ApprovalState): the document names them, and the
// web app reads them with those types rather than restating their many fields here.

export class LowerCampaignView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuerUnitCode!: string;
  @ApiProperty({ type: String, nullable: true }) planNumber!: string | null;
  @ApiProperty() status!: string;
}

export class LocalPlanView {
  @ApiProperty() unitCode!: string;
  @ApiProperty({ description: 'The unit’s own plan number, e.g. "12/KH-UBND"' }) reference!: string;
  @ApiProperty() status!: string;
}

export class CampaignDetailView extends CampaignSummaryView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The plan as issued (PlanDefinition in the domain library)' })
  plan!: object;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The approval chain as last recorded (ApprovalState in the domain library); null before the chain starts',
  })
  approval!: object | null;
  @ApiProperty({ type: [LowerCampaignView], description: 'Lower bodies’ campaigns that implement this one' })
  implementedBy!: LowerCampaignView[];
  @ApiProperty({ type: [LocalPlanView], description: 'Each unit’s own plan, as reported with its launch, in tree order' })
  localPlans!: LocalPlanView[];
}
