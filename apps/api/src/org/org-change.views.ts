import { ApiProperty } from '@nestjs/swagger';

// The shapes of the org-change endpoints' answers, for the OpenAPI document and the web app's generated client.

export class OrgChangeErrorView {
  @ApiProperty({ example: 'changes[2].unitCodes[1]' }) path!: string;
  @ApiProperty() message!: string;
}

export class OrgUnitStateView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) parentCode!: string | null;
  @ApiProperty() path!: string;
  @ApiProperty() levelCode!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ type: String, nullable: true }) statisticsCode!: string | null;
  @ApiProperty() active!: boolean;
}

export class RenamedView {
  @ApiProperty() unitCode!: string;
  @ApiProperty() fromName!: string;
  @ApiProperty() toName!: string;
  @ApiProperty({ type: String, nullable: true }) fromStatisticsCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatisticsCode!: string | null;
}

export class MovedView {
  @ApiProperty() unitCode!: string;
  @ApiProperty({ type: String, nullable: true }) fromParentCode!: string | null;
  @ApiProperty() toParentCode!: string;
}

export class PathChangeView {
  @ApiProperty() unitCode!: string;
  @ApiProperty() fromPath!: string;
  @ApiProperty() toPath!: string;
}

export class DissolvedView {
  @ApiProperty() unitCode!: string;
  @ApiProperty({ type: String, nullable: true }) successorCode!: string | null;
}

export class ReparentedView {
  @ApiProperty() unitCode!: string;
  @ApiProperty() fromParentCode!: string;
  @ApiProperty() toParentCode!: string;
}

export class OfficialMovedView {
  @ApiProperty({ required: false }) officialId?: string;
  @ApiProperty() fromUnit!: string;
  @ApiProperty() toUnit!: string;
}

export class OrgChangeEffectsView {
  @ApiProperty({ type: [OrgUnitStateView] }) created!: OrgUnitStateView[];
  @ApiProperty({ type: [RenamedView] }) renamed!: RenamedView[];
  @ApiProperty({ type: [MovedView] }) moved!: MovedView[];
  @ApiProperty({ type: [PathChangeView], description: 'Every unit whose path changes, descendants included' }) paths!: PathChangeView[];
  @ApiProperty({ type: [DissolvedView] }) dissolved!: DissolvedView[];
  @ApiProperty({ type: [ReparentedView] }) reparented!: ReparentedView[];
  @ApiProperty({ type: [OfficialMovedView] }) officialsMoved!: OfficialMovedView[];
  @ApiProperty({ type: [OrgUnitStateView], description: 'Every unit created or changed, as it stands after the set' })
  after!: OrgUnitStateView[];
}

export class OrgChangePreviewView {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ type: [OrgChangeErrorView] }) errors!: OrgChangeErrorView[];
  @ApiProperty({ type: OrgChangeEffectsView, nullable: true }) effects!: OrgChangeEffectsView | null;
}

export class OrgChangeCreatedView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['scheduled', 'applied'] }) status!: 'scheduled' | 'applied';
  @ApiProperty({ example: '2025-07-01' }) effectiveOn!: string;
  @ApiProperty({ type: OrgChangeEffectsView }) effects!: OrgChangeEffectsView;
}

export class OrgChangeView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2025-07-01' }) effectiveOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['scheduled', 'applied', 'refused'], description: 'refused: on its day it no longer fitted the tree' })
  status!: 'scheduled' | 'applied' | 'refused';
  @ApiProperty({ type: 'array', items: { type: 'object' } }) changes!: object[];
  @ApiProperty() requestedBy!: string;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ type: String, nullable: true }) appliedAt!: string | null;
  @ApiProperty({ type: [DissolvedView] }) dissolved!: DissolvedView[];
  @ApiProperty({ type: [MovedView] }) moved!: MovedView[];
  @ApiProperty({ type: [OrgChangeErrorView], description: 'Why it was refused on its day; empty unless refused' })
  refusedBecause!: OrgChangeErrorView[];
}

export class OrgChangePageView {
  @ApiProperty({ type: [OrgChangeView] }) items!: OrgChangeView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class UnitVersionView {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) parentCode!: string | null;
  @ApiProperty() path!: string;
  @ApiProperty() levelCode!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ type: String, nullable: true }) statisticsCode!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ example: '2025-07-01' }) validFrom!: string;
  @ApiProperty({ type: String, nullable: true, description: 'First day it no longer holds; null while in force' }) validTo!: string | null;
  @ApiProperty({ type: String, nullable: true }) changeId!: string | null;
}

export class UnitPostingView {
  @ApiProperty() officialId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty() validFrom!: string;
  @ApiProperty({ type: String, nullable: true }) validTo!: string | null;
  @ApiProperty({ type: String, nullable: true }) changeRef!: string | null;
}

export class UnitHolderView {
  @ApiProperty() officialId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
}

export class UnitHistoryView {
  @ApiProperty() unitCode!: string;
  @ApiProperty({ type: [UnitVersionView] }) versions!: UnitVersionView[];
  @ApiProperty({ type: [UnitPostingView] }) postings!: UnitPostingView[];
}

export class UnitOnDayView {
  @ApiProperty() unitCode!: string;
  @ApiProperty({ example: '2025-06-30' }) on!: string;
  @ApiProperty({ type: UnitVersionView, nullable: true, description: 'null: the unit did not exist that day, as recorded' })
  version!: UnitVersionView | null;
  @ApiProperty({ type: [UnitHolderView] }) officials!: UnitHolderView[];
  @ApiProperty({ type: [UnitHolderView], description: 'Those holding the leader role that day' }) leaders!: UnitHolderView[];
}
