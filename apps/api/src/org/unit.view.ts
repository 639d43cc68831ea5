import { ApiProperty } from '@nestjs/swagger';
import type { UnitEntity } from '@tdkt/persistence';

// The shapes of GET /units/:code and its officials, for the OpenAPI document (and so the web app's generated client).

export class UnitView {
  @ApiProperty({ example: 'TQ-YS' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'huyen' }) levelCode!: string;
  @ApiProperty({ example: 'ubnd' }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) parentCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The body’s code in its plan numbers (UBND, SNV…)' }) issuerCode!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Mã đơn vị hành chính: 2 digits a province, 3 a district, 5 a commune' })
  statisticsCode!: string | null;
  @ApiProperty({ description: 'False once dissolved by an org change (merged, split, deactivated)' }) active!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Where a dissolved unit’s officials and duties went' }) successorCode!:
    string | null;
}

export class UnitWithChildrenView extends UnitView {
  @ApiProperty({ type: [UnitView] }) children!: UnitView[];
}

export class OfficialRoleView {
  @ApiProperty() code!: string;
  @ApiProperty() label!: string;
}

export class UnitOfficialView {
  /** What an administrator's password reset (POST /officials/:id/password-reset) names. */
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: [OfficialRoleView] }) roles!: OfficialRoleView[];
}

export const toUnitView = (unit: UnitEntity): UnitView => ({
  code: unit.code,
  name: unit.name,
  levelCode: unit.levelCode,
  kind: unit.kind,
  parentCode: unit.parentCode,
  issuerCode: unit.issuerCode,
  statisticsCode: unit.statisticsCode,
  active: unit.active,
  successorCode: unit.successorCode,
});
