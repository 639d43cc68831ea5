import { ApiProperty } from '@nestjs/swagger';

/** An administrator's password reset: the password is shown this once and never stored in clear. */
export class OneTimePasswordView {
  @ApiProperty() officialId!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ description: 'Hand it to the official; it works until they change it at their next sign-in' })
  oneTimePassword!: string;
  @ApiProperty({ description: 'Always true: the official must change this password first' })
  mustChangePassword!: boolean;
}
