import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { holdsOnlyReadOnlyRoles } from '@tdkt/domain';
import { CurrentOfficialInfo } from './current-official';
import { OWN_ACCOUNT } from './own-account.decorator';
import { IS_PUBLIC } from './public.decorator';
import { said } from '../common/problem/said';

const READING_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/**
 * Runs after JwtAuthGuard and RolesGuard: an official whose roles are all read-only (auditors) may read
 * everything in scope and change nothing, whatever route a future controller adds. Public routes stay open.
 */
@Injectable()
export class ReadOnlyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    // An auditor changes their own password and signs out like everyone: that changes no record of the work.
    if (this.reflector.getAllAndOverride<boolean>(OWN_ACCOUNT, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest();
    if (READING_METHODS.has(String(request.method).toUpperCase())) return true;
    const official: CurrentOfficialInfo | undefined = request.official;
    if (official && holdsOnlyReadOnlyRoles(official.actor.roles)) {
      throw new ForbiddenException(said('auth.read-only'));
    }
    return true;
  }
}
