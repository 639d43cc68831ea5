import { SetMetadata } from '@nestjs/common';
import type { Role } from '@tdkt/domain';

export const REQUIRED_ROLES = 'requiredRoles';

/** The official must hold one of these roles (in their own unit) to reach the route at all. */
export const RequireRoles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
