import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role, ROLE_LABELS_VI } from '@tdkt/domain';
import { CurrentOfficialInfo } from './current-official';
import { REQUIRED_ROLES } from './require-roles.decorator';
import { roleLabelEn } from '../common/problem/role-labels-en';
import { said } from '../common/problem/said';

/** Runs after JwtAuthGuard; unit scope is checked later, per resource, by UnitScopeService. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [context.getHandler(), context.getClass()]);
    if (!required?.length) return true;
    const official: CurrentOfficialInfo | undefined = context.switchToHttp().getRequest().official;
    if (official?.actor.roles.some((role) => required.includes(role))) return true;
    throw new ForbiddenException(
      said('auth.roles-required', {
        rolesVi: required.map((r) => ROLE_LABELS_VI[r]).join(', '),
        rolesEn: required.map(roleLabelEn).join(', '),
      }),
    );
  }
}
