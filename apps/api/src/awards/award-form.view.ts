import { ApiProperty } from '@nestjs/swagger';
import { AWARD_CATEGORIES, NOMINEE_KINDS, type AwardCategory, type NomineeKind } from '@tdkt/domain';
import { CouncilRuleView } from './council-rule.view';
import { DecidingAuthorityView } from './deciding-authority.view';
import { PrerequisiteView } from './prerequisite.view';

// The shape of toAwardFormView (GET /award-forms), for the OpenAPI document and so the web app's typed client.

/** One form of the award catalogue in force: who may receive it, who decides it, what its dossier goes through. */
export class AwardFormView {
  @ApiProperty({ example: 'bang-khen-chu-tich-ubnd-tinh' }) key!: string;
  @ApiProperty({ example: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' }) name!: string;
  @ApiProperty({ enum: AWARD_CATEGORIES }) category!: AwardCategory;
  @ApiProperty({ enum: NOMINEE_KINDS, isArray: true }) nomineeKinds!: NomineeKind[];
  @ApiProperty({ type: DecidingAuthorityView }) decidedBy!: DecidingAuthorityView;
  @ApiProperty({ example: 'Ban Thi đua – Khen thưởng tỉnh' }) appraisedBy!: string;
  @ApiProperty({ type: Number, nullable: true, example: 10, description: 'Working days the list stays published before the council' })
  postingWorkingDays!: number | null;
  @ApiProperty({ description: 'Whether the appraiser consults other bodies (hiệp y) before the council' }) consultation!: boolean;
  @ApiProperty({
    type: CouncilRuleView,
    nullable: true,
    description: 'The council’s rule at the deciding level; none when no council sits',
  })
  council!: CouncilRuleView | null;
  @ApiProperty({ type: [PrerequisiteView] }) prerequisites!: PrerequisiteView[];
  @ApiProperty({ example: 10, description: 'Working days for the deciding level once the dossier arrives' }) processingWorkingDays!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.3, description: 'Bonus as a multiple of the base salary (NĐ 98/2023 Điều 54)' })
  amountMultiple!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 702000, description: 'The bonus in whole đồng at the catalogue’s base salary' })
  amount!: number | null;
  @ApiProperty({ example: '2024-01-01' }) validFrom!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The first day it no longer applies' }) validUntil!: string | null;
  @ApiProperty({ type: [String], example: ['Luật Thi đua, khen thưởng 2022, Điều 79'] }) legalBasis!: string[];
}
