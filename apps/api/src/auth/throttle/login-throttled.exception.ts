import { HttpException, HttpStatus } from '@nestjs/common';
import type { Bilingual } from '../../common/problem/said';

/**
 * A sign-in refused before the password was looked at: a 429 whose problem details carry retryAfterSeconds, and the
 * Retry-After header (the problem filter writes it), so scripts and proxies as well as the official know when to come back.
 */
export class LoginThrottledException extends HttpException {
  constructor(
    words: Bilingual,
    readonly retryAfterSeconds: number,
  ) {
    super({ ...words, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
