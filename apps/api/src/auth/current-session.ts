import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The id of the session the request's access token belongs to (set by JwtAuthGuard). */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest().sessionId,
);
