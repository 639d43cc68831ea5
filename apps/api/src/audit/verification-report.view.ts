import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import type { ChainProblem, ReplayedWorkflow, VerificationReport } from '@tdkt/contracts';

// The shape of GET /campaigns/:id/verification (VerificationReport in the contracts library), for the OpenAPI
// document and so the web app's generated client. The classes below the report are only parts of it.

const CHAIN_PROBLEMS: ChainProblem[] = ['edited', 'deleted', 'inserted', 'reordered', 'rewritten'];

/** A value as the log or the replay holds it: any JSON. */
const anyJson = (description: string): ApiPropertyOptions => ({
  description,
  nullable: true,
  oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'object' }, { type: 'array', items: {} }],
});

export class ChainBreakView {
  @ApiProperty({ description: 'The first row whose hash or link does not hold' }) seq!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Its id, when the row still exists' }) id!: string | null;
  @ApiProperty({ enum: CHAIN_PROBLEMS }) problem!: ChainProblem;
  @ApiProperty({ description: 'What was found, in Vietnamese' }) message!: string;
}

export class ChainReportView {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ description: 'Rows checked' }) rows!: number;
  @ApiProperty({ type: ChainBreakView, nullable: true }) firstBadRow!: ChainBreakView | null;
  @ApiProperty({ description: 'Chain heads sealed into the campaign’s workflow history that were checked against the log' })
  seals!: number;
}

export class ArchiveReportView {
  @ApiProperty({ description: 'Archived workflow histories checked' }) histories!: number;
  @ApiProperty({ type: [String], description: 'Archived histories whose bytes no longer give the hash the log recorded' })
  corrupted!: string[];
}

export class ReplayedWorkflowView {
  @ApiProperty() workflowId!: string;
  @ApiProperty() runs!: number;
  @ApiProperty({ enum: ['archive', 'temporal', 'archive+temporal'], description: 'Where its histories came from' })
  from!: ReplayedWorkflow['from'];
  @ApiProperty() deterministic!: boolean;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
}

export class ReplayMismatchView {
  @ApiProperty() workflowId!: string;
  @ApiProperty({ description: 'The step (event key) or read model the field belongs to' }) subject!: string;
  @ApiProperty() field!: string;
  @ApiProperty(anyJson('As the decision log or the read model records it')) logged!: unknown;
  @ApiProperty(anyJson('As the replay reconstructs it')) replayed!: unknown;
}

export class ReplayReportView {
  @ApiProperty({ type: [ReplayedWorkflowView] }) workflows!: ReplayedWorkflowView[];
  @ApiProperty({ description: 'Every history replays against today’s workflow code' }) deterministic!: boolean;
  @ApiProperty({ type: [ReplayMismatchView] }) mismatches!: ReplayMismatchView[];
}

/** The whole check of a campaign's record: the log's hash chain, the archived histories, and their replay. */
export class VerificationReportView implements VerificationReport {
  @ApiProperty() campaignId!: string;
  @ApiProperty({ description: 'The chain, the archive and the replay all hold' }) ok!: boolean;
  @ApiProperty({ type: ChainReportView }) chain!: ChainReportView;
  @ApiProperty({ type: ArchiveReportView }) archive!: ArchiveReportView;
  @ApiProperty({ type: ReplayReportView }) replay!: ReplayReportView;
  @ApiProperty({ type: String, format: 'date-time' }) verifiedAt!: string;
}
