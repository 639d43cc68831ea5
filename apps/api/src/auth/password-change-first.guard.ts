import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CurrentOfficialInfo } from './current-official';
import { OWN_ACCOUNT } from './own-account.decorator';
import { said } from '../common/problem/said';

/**
 * Runs after JwtAuthGuard: a password given by an administrator (reset, first administrator) is known to someone else,
 * so until its holder replaces it the account may only read who it is, change the password and sign out.
 */
@Injectable()
export class PasswordChangeFirstGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const official: CurrentOfficialInfo | undefined = context.switchToHttp().getRequest().official;
    if (!official?.mustChangePassword) return true;
    if (this.reflector.getAllAndOverride<boolean>(OWN_ACCOUNT, [context.getHandler(), context.getClass()])) return true;
    throw new ForbiddenException(said('auth.password-change-first'));
  }
}
