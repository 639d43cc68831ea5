/**
 * Durations written in plans and reminder policies: a whole number and one unit, "30s", "5m", "2h",
 * "3d". Real elapsed time, not working days: a day is 24 hours. Keeping the grammar this small lets
 * a test plan compress a year into seconds with data alone, and leaves nothing ambiguous ("1M"?).
 */
const DURATION = /^(\d+)([smhd])$/;

const MS_PER_UNIT: Record<string, number> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** Milliseconds in `text`; throws on anything but digits followed by s, m, h or d. */
export function parseDuration(text: string): number {
  const match = typeof text === 'string' ? DURATION.exec(text) : null;
  if (!match) {
    throw new Error(
      `Not a duration: ${JSON.stringify(text)} (expected a whole number followed by s, m, h or d, e.g. "30s", "5m", "2h", "3d")`,
    );
  }
  const ms = Number(match[1]) * MS_PER_UNIT[match[2]];
  if (!Number.isSafeInteger(ms)) throw new Error(`Duration "${text}" is too long`);
  return ms;
}

export function isDuration(text: unknown): text is string {
  try {
    parseDuration(text as string);
    return true;
  } catch {
    return false;
  }
}
