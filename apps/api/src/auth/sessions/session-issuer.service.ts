import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@tdkt/config';
import { OfficialEntity, SessionStore } from '@tdkt/persistence';
import { APP_CONFIG } from '../../config/config.module';
import { TokenPayload } from '../token-payload';
import { SessionTokensDto } from './session-tokens.dto';

/** Opens a session for an official and signs the access token that names it. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionStore,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(official: OfficialEntity): Promise<SessionTokensDto> {
    const session = await this.sessions.open(official.id, this.config.sessions.refreshExpiresInSeconds);
    return this.tokensFor(official, session.sessionId, session.refreshToken);
  }

  async tokensFor(official: OfficialEntity, sessionId: string, refreshToken: string): Promise<SessionTokensDto> {
    const payload: TokenPayload = { sub: official.id, username: official.username, sid: sessionId };
    return {
      accessToken: await this.jwt.signAsync(payload),
      expiresIn: this.config.jwt.expiresInSeconds,
      refreshToken,
      refreshExpiresIn: this.config.sessions.refreshExpiresInSeconds,
      mustChangePassword: official.mustChangePassword,
    };
  }
}
