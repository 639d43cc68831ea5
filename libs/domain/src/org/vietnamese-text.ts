/**
 * Vietnamese text arrives from spreadsheets, web forms and older systems in mixed Unicode forms:
 * the same "ế" may be one precomposed code point (NFC) or "e" + circumflex + acute (NFD).
 * Stored text is always NFC so equality and uniqueness checks behave; search ignores diacritics.
 */

/** NFC, trimmed, every run of whitespace (tabs, non-breaking spaces, line breaks) collapsed to one space. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A diacritic- and case-insensitive key for matching what people type ("thang quan") against
 * stored names ("Thắng Quân"). "đ" is a separate letter, not "d" plus a mark, so it has to be
 * mapped explicitly; stripping marks alone would leave it untouched.
 */
export function searchKey(s: string): string {
  return normalizeText(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().normalize('NFC');
}

// One collator for the process: construction is costly and the Vietnamese rules never change at runtime.
const vietnameseCollator = new Intl.Collator('vi');

/** Dictionary order for Vietnamese: a < ă < â < b … d < đ … o < ô < ơ; unaffected by Unicode form. */
export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
