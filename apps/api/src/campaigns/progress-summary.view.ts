import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

// The shape of GET /campaigns/:id/progress, for the OpenAPI document (and so the web app's generated client).

export class StatusCountsView {
  @ApiProperty() pending!: number;
  @ApiProperty() open!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() returned!: number;
  @ApiProperty() approved!: number;
  @ApiProperty() closed!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Past due and not approved (nor ended with the campaign)' }) late!: number;
}

@ApiExtraModels(StatusCountsView)
export class ProgressSummaryView {
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(StatusCountsView) }, description: 'By level code' })
  byLevel!: Record<string, StatusCountsView>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(StatusCountsView) }, description: 'By phase key' })
  byPhase!: Record<string, StatusCountsView>;
}
