import { ApiProperty } from '@nestjs/swagger';
import { ObligationStepView } from './obligation-step.view';

// The shape of GET …/obligations/:obligationKey/history, for the OpenAPI document (and so the web app's generated client).

export class ObligationHistoryView {
  @ApiProperty({ type: [ObligationStepView], description: 'Oldest first' }) items!: ObligationStepView[];
}
