/** Both databases take a backslash as LIKE escape only when told, so every pattern below goes with this clause. */
export const LIKE_ESCAPE = "ESCAPE '\\'";

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Matches a unit's path and every path below it. */
export function pathPrefixPattern(path: string): string {
  return `${escapeLike(path)}%`;
}
