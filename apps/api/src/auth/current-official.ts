import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@tdkt/domain';

/** The signed-in official as loaded fresh from the directory on each request (roles can change). */
export interface CurrentOfficialInfo {
  actor: Actor;
  fullName: string;
  email: string;
  title: string | null;
  unit: { code: string; name: string; levelCode: string; kind: string };
  /** The password was given by an administrator: only /me, the password change and logout until it is replaced. */
  mustChangePassword: boolean;
}

export const CurrentOfficial = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CurrentOfficialInfo => context.switchToHttp().getRequest().official,
);
