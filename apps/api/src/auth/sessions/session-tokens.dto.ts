import { ApiProperty } from '@nestjs/swagger';

/** What a sign-in, a refresh or a password change answers: a short access token and the refresh token that renews it. */
export class SessionTokensDto {
  @ApiProperty({ description: 'Bearer token for every call; short-lived' })
  accessToken!: string;

  @ApiProperty({ description: 'Lifetime of the access token in seconds' })
  expiresIn!: number;

  @ApiProperty({ description: 'Exchanged at POST /auth/refresh for new tokens; works once' })
  refreshToken!: string;

  @ApiProperty({ description: 'Lifetime of the refresh token in seconds' })
  refreshExpiresIn!: number;

  @ApiProperty({ description: 'The password was given by an administrator: it must be changed before anything else' })
  mustChangePassword!: boolean;
}
