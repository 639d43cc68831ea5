import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
// The web app's own catalogue: its English half is the vocabulary that must never leak into the Vietnamese UI.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { en, vi } from '../../../apps/web/src/i18n/messages';

// English a page could show without it being in either catalogue: a raw error, an unlabelled widget's default.
const STRAY_ENGLISH = [
  'undefined',
  'null',
  'NaN',
  'error',
  'failed',
  'object',
  'loading',
  'submit',
  'cancel',
  'search',
  'select',
  'please',
  'items',
  'page',
  'data',
  'the',
  'and',
  'not',
  'found',
  'unknown',
  'invalid',
  'required',
  'forbidden',
  'unauthorized',
  'internal',
  'server',
];

/** Every string a catalogue holds, however deeply it nests them (Ant Design's locales nest by component). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

// Short words collide with Vietnamese written without its marks ("an", "to"), and placeholders ({name}) are not text.
const MIN_LENGTH = 3;
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, ' ');

const vietnamese = new Set([...stringsOf(vi), ...stringsOf(viVN)].map(withoutPlaceholders).flatMap(wordsOf));

/** English words of the app and its component library that are not also Vietnamese words of them. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  [...stringsOf(en), ...stringsOf(enUS), ...STRAY_ENGLISH]
    .map(withoutPlaceholders)
    .flatMap(wordsOf)
    .filter((word) => word.length >= MIN_LENGTH && !vietnamese.has(word)),
);

/** The English words in a page's text, each once; `authorsWords` (a plan's own, say) are the author's, not the app's. */
export function englishIn(text: string, authorsWords: ReadonlySet<string> = new Set()): string[] {
  return [...new Set(wordsOf(text).filter((word) => ENGLISH_WORDS.has(word) && !authorsWords.has(word)))];
}

/** Every word a document (a plan, any JSON) writes: a plan's own words on a page are its author's, not the app's English. */
export function wordsWrittenIn(document: unknown): ReadonlySet<string> {
  return new Set(stringsOf(document).flatMap(wordsOf));
}
