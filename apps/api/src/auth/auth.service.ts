import { randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleInit, UnauthorizedException } from '@nestjs/common';
import { AppConfig } from '@tdkt/config';
import { hashPassword, OrgDirectory, SessionStore, verifyPassword } from '@tdkt/persistence';
import { APP_CONFIG } from '../config/config.module';
import { SessionIssuer } from './sessions/session-issuer.service';
import { SessionTokensDto } from './sessions/session-tokens.dto';
import { LoginThrottleService } from './throttle/login-throttle.service';
import { said } from '../common/problem/said';

/** Sign-in, refresh and sign-out. */
@Injectable()
export class AuthService implements OnModuleInit {
  /** Verified against when the username is unknown or inactive, so those answers take as long as a wrong password. */
  private dummyHash = '';

  constructor(
    private readonly directory: OrgDirectory,
    private readonly sessions: SessionStore,
    private readonly issuer: SessionIssuer,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    // Hashed with the same parameters as real passwords: the same cost to verify.
    this.dummyHash = await hashPassword(randomBytes(24).toString('base64'));
  }

  async login(username: string, password: string, address: string | undefined): Promise<SessionTokensDto> {
    const name = normalizeUsername(username);
    await this.throttle.admit(name, address);
    const found = await this.directory.findOfficial({ username: name });
    const official = found?.official.active ? found.official : null;
    // The password is always verified, against the dummy hash when there is no usable account: the same work either way.
    const valid = await verifyPassword(password, official?.passwordHash ?? this.dummyHash);
    if (!official || !valid) {
      await this.throttle.recordFailure(name, address);
      // One message for unknown user and wrong password, so the endpoint does not reveal which accounts exist.
      throw new UnauthorizedException(said('auth.wrong-credentials'));
    }
    await this.throttle.resetAccount(name);
    return this.issuer.open(official);
  }

  async refresh(refreshToken: string): Promise<SessionTokensDto> {
    const outcome = await this.sessions.rotate(refreshToken, this.config.sessions.refreshExpiresInSeconds);
    if (!outcome.ok) {
      throw new UnauthorizedException(said(outcome.reason === 'reused' ? 'auth.refresh-reused' : 'auth.refresh-expired'));
    }
    const found = await this.directory.findOfficial({ id: outcome.officialId });
    if (!found?.official.active) {
      await this.sessions.revoke(outcome.sessionId, 'deactivated');
      throw new UnauthorizedException(said('auth.account-inactive'));
    }
    return this.issuer.tokensFor(found.official, outcome.sessionId, outcome.refreshToken);
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId, 'logout');
  }
}

/** Usernames are stored lower-case; what the official typed may not be. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}
