// Officials type without diacritics ("xa" for "xã"); search compares both sides folded. NFD splits a letter
// from its marks, which are then dropped; đ/Đ is a letter of its own, not d plus a mark, so it is mapped.

export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Whether every word of the query occurs in one of the fields, diacritics and case ignored. */
export function matchesSearch(query: string, fields: readonly (string | null | undefined)[]): boolean {
  const haystack = foldVietnamese(fields.filter(Boolean).join(' '));
  return foldVietnamese(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Vietnamese alphabetical order (a ă â b c d đ e ê …), not code-point order. */
export const vietnameseCollator = new Intl.Collator('vi');
