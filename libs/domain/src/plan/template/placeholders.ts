/**
 * The placeholders a template may use. Each stands for something a concrete plan takes from its issuer's
 * tree or its year; the list is closed, so a misspelt placeholder is refused instead of printed.
 */
import { field, isRecord } from '../validation/plan-issues';

export type PlaceholderName = 'issuer' | 'issuerCode' | 'appraiser' | 'place' | 'year' | 'level';

/** One placeholder as written: "year+3" is the plan's year plus 3, "level+1" the level one rank below the issuer's. */
export interface Placeholder {
  token: string;
  name: PlaceholderName;
  offset: number;
}

const NAMED: Record<string, string> = {
  issuer: 'mã đơn vị ban hành',
  issuerCode: 'ký hiệu cơ quan ban hành in trong số kế hoạch, ví dụ UBND, MTTQ-BTT, TU',
  appraiser: 'mã cơ quan thẩm định, tổng hợp, ví dụ Sở Nội vụ',
  place: 'địa danh ghi trước ngày tháng năm ban hành',
};

const NAMED_EN: Record<string, string> = {
  issuer: 'the code of the issuing unit',
  issuerCode: "the issuing body's symbol printed in the plan's number, e.g. UBND, MTTQ-BTT, TU",
  appraiser: 'the code of the appraising and compiling body, e.g. the Department of Home Affairs',
  place: 'the place name written before the date of issue',
};

/** "{{ name }}": spaces inside the braces are allowed, braces inside are not. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const YEAR = /^year(?:([+-])([1-9]\d?))?$/;
const LEVEL = /^level(?:\+([1-9]))?$/;

/** Every placeholder the templates know, for listings and messages. */
export const KNOWN_PLACEHOLDERS =
  '{{issuer}}, {{issuerCode}}, {{appraiser}}, {{place}}, {{year}}, {{year+N}}, {{year-N}}, {{level}}, {{level+N}}';

export function parsePlaceholder(token: string): Placeholder | undefined {
  if (Object.hasOwn(NAMED, token)) return { token, name: token as PlaceholderName, offset: 0 };
  const year = YEAR.exec(token);
  if (year) return { token, name: 'year', offset: year[1] ? Number(`${year[1]}${year[2]}`) : 0 };
  const level = LEVEL.exec(token);
  if (level) return { token, name: 'level', offset: level[1] ? Number(level[1]) : 0 };
  return undefined;
}

/** What a placeholder stands for, in Vietnamese, for the official reading a template. */
export function describePlaceholder(placeholder: Placeholder): string {
  if (placeholder.name === 'year') {
    if (placeholder.offset === 0) return 'năm kế hoạch';
    return `năm kế hoạch ${placeholder.offset > 0 ? 'cộng' : 'trừ'} ${Math.abs(placeholder.offset)}`;
  }
  if (placeholder.name === 'level') {
    return placeholder.offset === 0 ? 'mã cấp của đơn vị ban hành' : `mã cấp thấp hơn cấp của đơn vị ban hành ${placeholder.offset} bậc`;
  }
  return NAMED[placeholder.name];
}

/** describePlaceholder's English twin, for refusals answered in English. */
export function describePlaceholderEn(placeholder: Placeholder): string {
  if (placeholder.name === 'year') {
    if (placeholder.offset === 0) return 'the plan year';
    return `the plan year ${placeholder.offset > 0 ? 'plus' : 'minus'} ${Math.abs(placeholder.offset)}`;
  }
  if (placeholder.name === 'level') {
    return placeholder.offset === 0
      ? 'the level code of the issuing unit'
      : `the level code ${placeholder.offset} rank(s) below the issuing unit's`;
  }
  return NAMED_EN[placeholder.name];
}

/** The placeholder tokens written in a text, in order ("Năm {{year}}" → ["year"]). */
export function tokensIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** When the whole text is one placeholder, its token: such a text may become a number ("{{year}}" → 2026). */
export function soleToken(text: string): string | undefined {
  const tokens = tokensIn(text);
  return tokens.length === 1 && text.trim().replace(PLACEHOLDER, '') === '' ? tokens[0] : undefined;
}

/** Replaces every placeholder in a text by what `fill` gives for its token. */
export function replaceTokens(text: string, fill: (token: string) => string): string {
  return text.replace(PLACEHOLDER, (_match, token: string) => fill(token));
}

/** Where each placeholder occurs in a JSON value: in texts and in object keys (due dates are keyed by level). */
export function placeholderUses(value: unknown, path = ''): { token: string; path: string }[] {
  if (typeof value === 'string') return tokensIn(value).map((token) => ({ token, path }));
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderUses(item, field(path, index)));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...tokensIn(key).map((token) => ({ token, path: field(path, key) })),
    ...placeholderUses(item, field(path, key)),
  ]);
}
