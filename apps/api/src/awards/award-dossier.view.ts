import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CentralOutcomeView } from './central-outcome.view';
import { CouncilSessionView } from './council-session.view';
import { DelegatedDossierActionsView } from './delegated-dossier-actions.view';
import { DossierActionRecordView } from './dossier-action-record.view';
import { DossierAttachmentView } from './dossier-attachment.view';
import { KpiEvidenceView } from './kpi-evidence.view';
import { ATTACHMENT_KINDS } from '@tdkt/domain';
import { DossierDecisionView } from './dossier-decision.view';
import { DossierNominationView } from './dossier-nomination.view';
import { ObjectionView } from './objection.view';
import { RouteStepView } from './route-step.view';

/** A dossier as an official sees it: its route, where it is, each name's standing, and what I may do now. */
export class AwardDossierView {
  @ApiProperty() id!: string;
  @ApiProperty() campaignId!: string;
  @ApiProperty() awardKey!: string;
  @ApiProperty() awardName!: string;
  @ApiProperty() year!: number;
  @ApiProperty() nominatingUnitCode!: string;
  @ApiProperty() decidingUnitCode!: string;
  @ApiProperty({ enum: ['in_progress', 'forwarded', 'decided', 'closed_unawarded', 'expired'] }) status!: string;
  @ApiProperty({ description: 'The step now waiting (index into route); equal to the route’s length once done' }) stepIndex!: number;
  @ApiProperty({ type: [RouteStepView] }) route!: RouteStepView[];
  @ApiProperty({ type: [DossierNominationView] }) nominations!: DossierNominationView[];
  @ApiProperty({ type: [ObjectionView] }) objections!: ObjectionView[];
  @ApiPropertyOptional() postingEndsAt?: string;
  @ApiPropertyOptional({ type: CouncilSessionView }) council?: CouncilSessionView;
  @ApiPropertyOptional({ type: DossierDecisionView }) decision?: DossierDecisionView;
  @ApiPropertyOptional({ type: CentralOutcomeView }) centralOutcome?: CentralOutcomeView;
  @ApiProperty({ type: [DossierAttachmentView] }) attachments!: DossierAttachmentView[];
  @ApiProperty({ enum: ATTACHMENT_KINDS, isArray: true, description: 'Documents the law requires that the dossier still lacks' })
  missingDocuments!: string[];
  @ApiProperty({
    type: [KpiEvidenceView],
    description: 'The nominating unit’s KPI values reported in the campaign (on the dossier’s own page only)',
  })
  evidence!: KpiEvidenceView[];
  @ApiProperty({ type: [DossierActionRecordView] }) actions!: DossierActionRecordView[];
  @ApiProperty({ description: 'The actions the signed-in official may take now in their own capacity', type: [String] })
  myActions!: string[];
  @ApiProperty({
    type: [DelegatedDossierActionsView],
    description:
      'Per delegation in force they hold for award steps of this campaign, the actions beyond myActions they may take now in the leader’s place (TUQ.); only delegations that add some',
  })
  delegatedActions!: DelegatedDossierActionsView[];
  @ApiProperty() submittedAt!: string;
}
