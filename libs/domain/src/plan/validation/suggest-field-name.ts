/**
 * Guessing which known field an unknown one was meant to be, so a typo in a hand-written plan is
 * answered with the fix rather than only "not a field". Only close names are offered: a guess that
 * is far off would mislead more than it helps.
 */

/** Below this length almost any two names are within two edits of each other, so only a case slip counts. */
const MIN_LENGTH_FOR_EDITS = 4;
const MAX_EDITS = 2;

/** The known name `unknown` most likely meant, or undefined when none is close enough. */
export function suggestFieldName(unknown: string, known: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  const sameButCase = known.find((name) => name.toLowerCase() === lower);
  if (sameButCase !== undefined) return sameButCase;
  if (unknown.length < MIN_LENGTH_FOR_EDITS) return undefined;
  let best: { name: string; edits: number } | undefined;
  for (const name of known) {
    if (name.length < MIN_LENGTH_FOR_EDITS) continue;
    const edits = editDistance(lower, name.toLowerCase());
    if (edits <= MAX_EDITS && (best === undefined || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}

/** Levenshtein distance: insertions, deletions and substitutions, one character each. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
