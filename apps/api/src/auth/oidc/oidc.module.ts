import { Module } from '@nestjs/common';
import { OrgModule } from '../../org/org.module';
import { AuthModule } from '../auth.module';
import { OidcController } from './oidc.controller';
import { OidcProviderClient } from './oidc-provider-client';
import { OidcSignInService } from './oidc-sign-in.service';

/** Optional single sign-on through the province's OpenID Connect provider, next to passwords (see README, SSO). */
@Module({
  imports: [AuthModule, OrgModule],
  controllers: [OidcController],
  providers: [OidcProviderClient, OidcSignInService],
})
export class OidcModule {}
