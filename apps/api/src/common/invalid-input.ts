import { BadRequestException } from '@nestjs/common';

/** What a plan, a list, an import or a calendar got wrong, and where: a form shows each next to its field. */
export interface InvalidInput {
  message: string;
  errors: readonly object[];
}

/**
 * A 400 naming every problem, in the API's one error shape (statusCode, error, message, errors). Nest answers an
 * object body exactly as given, so the fields every other refusal carries are written here once.
 */
export function invalidInput({ message, errors }: InvalidInput): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message, errors });
}
