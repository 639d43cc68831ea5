import { BadRequestException, ConflictException, ForbiddenException, HttpException } from '@nestjs/common';
import type { Refusal } from '@tdkt/domain';

/**
 * A domain rule's refusal as the HTTP answer the workflows' refusals also get: 403, 409 or 400 with the rule's words,
 * its English beside them for the problem filter.
 */
export function refusalException(refusal: Refusal): HttpException {
  const body = { message: refusal.message, ...(refusal.en ? { en: refusal.en } : {}) };
  if (refusal.kind === 'forbidden') return new ForbiddenException(body);
  if (refusal.kind === 'conflict') return new ConflictException(body);
  return new BadRequestException(body);
}
