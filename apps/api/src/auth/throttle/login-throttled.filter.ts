import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { LoginThrottledException } from './login-throttled.exception';

/** Adds Retry-After (seconds), so scripts and proxies as well as the official know when to come back. */
@Catch(LoginThrottledException)
export class LoginThrottledFilter implements ExceptionFilter {
  catch(exception: LoginThrottledException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    response.status(exception.getStatus()).json(exception.getResponse());
  }
}
