import { BadRequestException, type ValidationError } from '@nestjs/common';
import { said } from './said';

/** One field at fault, in both languages (the problem filter picks one). */
export interface FieldError {
  path: string;
  message: string;
  en: string;
}

/**
 * The global ValidationPipe's refusal: every failed constraint of the DTO with the path of its field
 * (`stages[0].phases[1].key`), so a form shows each next to its field. Vietnamese is the DTO's own message as today;
 * English is class-validator's own sentence when the DTO kept it, and a sentence naming the rule when the DTO wrote
 * Vietnamese in its place.
 */
export function validationProblem(errors: ValidationError[]): BadRequestException {
  const fields = errors.flatMap((error) => fieldErrors(error, ''));
  const list = (pick: (field: FieldError) => string) => fields.slice(0, SHOWN).map(pick).join('; ') + (fields.length > SHOWN ? '; …' : '.');
  const summary = said('validation.summary', { count: fields.length, listVi: list((f) => f.message), listEn: list((f) => f.en) });
  return new BadRequestException({ ...summary, errors: fields });
}

/** How many field errors `detail` repeats, for a client that shows only `detail` (the rest are in `errors`). */
const SHOWN = 3;

function fieldErrors(error: ValidationError, parent: string): FieldError[] {
  const path = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
    path,
    message,
    en: isEnglish(message) ? message : englishOf(constraint, path),
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => fieldErrors(child, path))];
}

/** class-validator's own messages are plain ASCII English; the DTOs' Vietnamese ones carry diacritics. */
function isEnglish(message: string): boolean {
  return /^[\x20-\x7E]*$/.test(message);
}

const RULES: Record<string, string> = {
  matches: 'does not have the expected format',
  isNotEmpty: 'must not be empty',
  isDefined: 'is required',
  maxLength: 'is too long',
  minLength: 'is too short',
  arrayMaxSize: 'has too many items',
  arrayMinSize: 'has too few items',
  max: 'is too large',
  min: 'is too small',
  isIn: 'is not one of the allowed values',
  isEnum: 'is not one of the allowed values',
  isDateString: 'must be a date (ISO 8601)',
  isIso8601: 'must be a date (ISO 8601)',
  isUuid: 'must be a UUID',
  isString: 'must be text',
  isInt: 'must be a whole number',
  isNumber: 'must be a number',
  isPositive: 'must be a positive number',
  isBoolean: 'must be true or false',
  isArray: 'must be a list',
  isObject: 'must be an object',
  arrayNotEmpty: 'must not be an empty list',
  arrayUnique: 'must not repeat an item',
  isLength: 'has the wrong length',
  isEmail: 'must be an email address',
  isUrl: 'must be a URL',
  nestedValidation: 'must be an object of the expected shape',
  whitelistValidation: 'is not a field this request accepts',
};

function englishOf(constraint: string, path: string): string {
  return `${path} ${RULES[constraint] ?? `breaks the rule "${constraint}"`}.`;
}
