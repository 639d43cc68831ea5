import { HttpException, HttpStatus } from '@nestjs/common';

/** A sign-in refused before the password was looked at; answered as 429 with Retry-After (LoginThrottledFilter). */
export class LoginThrottledException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(
      { statusCode: HttpStatus.TOO_MANY_REQUESTS, error: 'Too Many Requests', message, retryAfterSeconds },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
