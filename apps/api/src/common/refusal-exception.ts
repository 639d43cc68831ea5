import { BadRequestException, ConflictException, ForbiddenException, HttpException } from '@nestjs/common';
import type { Refusal } from '@tdkt/domain';

/** A domain rule's refusal as the HTTP answer the workflows' refusals also get: 403, 409 or 400 with the rule's words. */
export function refusalException(refusal: Refusal): HttpException {
  if (refusal.kind === 'forbidden') return new ForbiddenException(refusal.message);
  if (refusal.kind === 'conflict') return new ConflictException(refusal.message);
  return new BadRequestException(refusal.message);
}
