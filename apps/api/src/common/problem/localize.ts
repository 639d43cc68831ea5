import type { Language } from './language';
import { NO_ENGLISH_YET } from './messages.en';
import type { ProblemError } from './problem';

/**
 * A message in the language asked for. English that was never written is said to be missing, with the Vietnamese
 * after it, so a reader knows it is not a fault and can still have it translated.
 */
export function localized(message: string, en: string | undefined, language: Language): string {
  if (language === 'vi') return message;
  return en ?? `${NO_ENGLISH_YET} ${message}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The `{ path, message }` of each problem a refusal lists, whatever made it: plans, lists and calendars give `path`
 * already; the org import gives a section and the row as the official counts it (1-based, 0 for the whole section),
 * which becomes `units[3].parentCode`. An entry's message is English when it carries `en`; otherwise Vietnamese.
 */
export function problemErrors(errors: unknown, language: Language): ProblemError[] | undefined {
  if (!Array.isArray(errors)) return undefined;
  return errors.filter(isRecord).map((entry) => ({
    path: pathOf(entry),
    message: language === 'en' && typeof entry.en === 'string' ? entry.en : String(entry.message ?? ''),
  }));
}

function pathOf(entry: Record<string, unknown>): string {
  if (typeof entry.path === 'string') return entry.path;
  if (typeof entry.section === 'string') {
    const row = typeof entry.row === 'number' && entry.row > 0 ? `[${entry.row}]` : '';
    const field = typeof entry.field === 'string' && entry.field ? `.${entry.field}` : '';
    return `${entry.section}${row}${field}`;
  }
  return '';
}
