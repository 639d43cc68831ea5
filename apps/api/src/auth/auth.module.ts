import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppConfig } from '@tdkt/config';
import { CredentialStore, LoginThrottleStore, SessionStore } from '@tdkt/persistence';
import { APP_CONFIG } from '../config/config.module';
import { OrgModule } from '../org/org.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { PasswordChangeFirstGuard } from './password-change-first.guard';
import { PasswordResetController } from './passwords/password-reset.controller';
import { PasswordService } from './passwords/password.service';
import { ReadOnlyGuard } from './read-only.guard';
import { RolesGuard } from './roles.guard';
import { SessionIssuer } from './sessions/session-issuer.service';
import { LoginThrottleService } from './throttle/login-throttle.service';

const store = <T>(Store: new (dataSource: DataSource) => T) => ({
  provide: Store,
  inject: [DataSource],
  useFactory: (dataSource: DataSource) => new Store(dataSource),
});

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwt.secret, signOptions: { expiresIn: config.jwt.expiresInSeconds } }),
    }),
    OrgModule,
  ],
  controllers: [AuthController, PasswordResetController],
  // Single sign-on (./oidc) opens its sessions the same way.
  exports: [SessionIssuer],
  // Guards run in this order: who you are, whether a password must be changed first, whether your roles open the
  // route, whether your roles may change anything.
  providers: [
    AuthService,
    PasswordService,
    SessionIssuer,
    LoginThrottleService,
    store(SessionStore),
    store(CredentialStore),
    store(LoginThrottleStore),
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: PasswordChangeFirstGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useClass: ReadOnlyGuard },
  ],
})
export class AuthModule {}
