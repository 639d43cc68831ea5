import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@tdkt/domain';

// The shape of GET /me, for the OpenAPI document (and so the web app's generated client).

export class MeUnitView {
  @ApiProperty({ example: 'TQ-YS-THANGQUAN' }) code!: string;
  @ApiProperty({ example: 'UBND xã Thắng Quân' }) name!: string;
  @ApiProperty({ example: 'xa' }) levelCode!: string;
  @ApiProperty() kind!: string;
}

export class MeRoleView {
  @ApiProperty({ enum: ROLES }) code!: Role;
  @ApiProperty({ description: 'Vietnamese label', example: 'Chuyên viên' }) label!: string;
}

export class MeView {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ example: 'Nguyễn Văn An' }) fullName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: MeUnitView }) unit!: MeUnitView;
  @ApiProperty({ type: [MeRoleView] }) roles!: MeRoleView[];
  @ApiProperty({ description: 'The password was given by an administrator and must be changed before anything else' })
  mustChangePassword!: boolean;
}
