import { ApiProperty } from '@nestjs/swagger';

/** What the login page needs to offer single sign-on. */
export class OidcStatusView {
  @ApiProperty({ description: 'Whether officials may sign in through the province’s OpenID Connect provider' })
  enabled!: boolean;

  @ApiProperty({ description: 'The text of the sign-on button', example: 'Đăng nhập một lần (SSO)' })
  label!: string;
}
