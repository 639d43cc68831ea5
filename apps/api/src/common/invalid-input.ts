import { BadRequestException } from '@nestjs/common';

/** What a plan, a list, an import or a calendar got wrong, and where: a form shows each next to its field. */
export interface InvalidInput {
  message: string;
  /** English for `message`, when the caller has it. */
  en?: string;
  /** `{ path, message }` each (an import's `{ section, row, field?, message }` becomes `units[3].parentCode`). */
  errors: readonly object[];
}

/**
 * A 400 naming every problem. The problem filter (common/problem) answers it as problem details: `detail` the message,
 * `errors` each problem with its path.
 */
export function invalidInput({ message, en, errors }: InvalidInput): BadRequestException {
  return new BadRequestException({ message, ...(en ? { en } : {}), errors });
}
