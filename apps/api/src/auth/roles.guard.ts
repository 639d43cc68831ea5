import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role, ROLE_LABELS_VI } from '@tdkt/domain';
import { CurrentOfficialInfo } from './current-official';
import { REQUIRED_ROLES } from './require-roles.decorator';

/** Runs after JwtAuthGuard; unit scope is checked later, per resource, by UnitScopeService. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [context.getHandler(), context.getClass()]);
    if (!required?.length) return true;
    const official: CurrentOfficialInfo | undefined = context.switchToHttp().getRequest().official;
    if (official?.actor.roles.some((role) => required.includes(role))) return true;
    throw new ForbiddenException(`Chức năng này dành cho: ${required.map((r) => ROLE_LABELS_VI[r]).join(', ')}.`);
  }
}
