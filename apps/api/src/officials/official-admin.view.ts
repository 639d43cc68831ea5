import { ApiProperty } from '@nestjs/swagger';
import { ROLE_LABELS_VI, ROLES, type Role } from '@tdkt/domain';
import type { OfficialWithRoles } from '@tdkt/persistence';

// What the accounts page shows of an official: the account, its unit and roles, whether it may sign in.

export class OfficialRoleLabelView {
  @ApiProperty({ enum: ROLES }) code!: Role;
  @ApiProperty({ example: 'Chuyên viên' }) label!: string;
}

export class OfficialUnitView {
  @ApiProperty({ example: 'TQ-YS' }) code!: string;
  @ApiProperty({ example: 'UBND huyện Yên Sơn' }) name!: string;
}

export class OfficialAdminView {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: OfficialUnitView }) unit!: OfficialUnitView;
  @ApiProperty({ type: [OfficialRoleLabelView] }) roles!: OfficialRoleLabelView[];
  @ApiProperty({ description: 'False once deactivated: the account cannot sign in' }) active!: boolean;
  @ApiProperty({ description: 'The password was given by an administrator and is still to be changed' }) mustChangePassword!: boolean;
}

export class OfficialsPageView {
  @ApiProperty({ type: [OfficialAdminView] }) items!: OfficialAdminView[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

/** A new account: the one-time password is in this answer only, never stored in clear. */
export class CreatedOfficialView {
  @ApiProperty({ type: OfficialAdminView }) official!: OfficialAdminView;
  @ApiProperty({ description: 'Hand it to the official; it works until they change it at their first sign-in' })
  oneTimePassword!: string;
  @ApiProperty({ description: 'Always true: the official must change this password first' }) mustChangePassword!: boolean;
}

export class PostingView {
  @ApiProperty({ example: 'TQ-YS' }) unitCode!: string;
  @ApiProperty({ type: String, nullable: true, example: 'UBND huyện Yên Sơn', description: 'null when the unit is gone' })
  unitName!: string | null;
  @ApiProperty({ type: [OfficialRoleLabelView] }) roles!: OfficialRoleLabelView[];
  @ApiProperty({ example: '2026-07-01' }) validFrom!: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The first day it no longer holds; null while it does' })
  validTo!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The org change that made it, when one did' }) changeRef!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The official who recorded it' }) recordedBy!: string | null;
}

export const roleLabels = (roles: readonly Role[]): OfficialRoleLabelView[] =>
  roles.map((code) => ({ code, label: ROLE_LABELS_VI[code] ?? code }));

export const toOfficialAdminView = ({ official, unit, roles }: OfficialWithRoles): OfficialAdminView => ({
  id: official.id,
  username: official.username,
  fullName: official.fullName,
  email: official.email,
  title: official.title,
  unit: { code: unit.code, name: unit.name },
  roles: roleLabels([...roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b))),
  active: official.active,
  mustChangePassword: official.mustChangePassword,
});
