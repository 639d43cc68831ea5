import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { OrgDirectory, SessionStore } from '@tdkt/persistence';
import { IS_PUBLIC } from './public.decorator';
import { TokenPayload } from './token-payload';
import { toCurrentOfficial } from './to-current-official';
import { said } from '../common/problem/said';

/** Global guard: every route needs a valid bearer token of a live session of an active official, unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly directory: OrgDirectory,
    private readonly sessions: SessionStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest();
    const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException(said('auth.token-missing'));
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw new UnauthorizedException(said('auth.token-invalid'));
    }
    if (!payload.sid) throw new UnauthorizedException(said('auth.session-ended'));
    // Checked on every request, so a logout or a password change ends the session's tokens at once, not at their expiry.
    // Both reads at once: every request waits for them, and they do not depend on each other.
    const [sessionActive, found] = await Promise.all([
      this.sessions.isActive(payload.sid, payload.sub),
      this.directory.findOfficial({ id: payload.sub }),
    ]);
    if (!sessionActive) throw new UnauthorizedException(said('auth.session-ended'));
    if (!found?.official.active) throw new UnauthorizedException(said('auth.account-inactive'));
    request.official = toCurrentOfficial(found);
    request.sessionId = payload.sid;
    return true;
  }
}
