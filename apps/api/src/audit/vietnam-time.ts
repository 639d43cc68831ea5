/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so local time is a fixed shift. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A bare date, or a date-time with an optional zone (no zone = Vietnam time). */
export const VIETNAM_DATE_OR_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** "dd/mm/yyyy HH:mm" in Vietnam time; null for a missing or unreadable instant. */
export function formatVietnamTime(instant: string | Date | null | undefined): string | null {
  if (instant === null || instant === undefined) return null;
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) return null;
  const local = new Date(time + VIETNAM_OFFSET_MS);
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** "dd/mm/yyyy" of a bare YYYY-MM-DD. */
export function formatVietnamDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

export const isBareDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text);

/**
 * The instant a filter bound names. A bare date is that whole day in Vietnam: its first millisecond for
 * `from`, its last for `to`. A date-time without a zone is Vietnam time. Null when it is no real date.
 */
export function vietnamBound(text: string, bound: 'from' | 'to'): Date | null {
  const match = VIETNAM_DATE_OR_INSTANT.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms, zone] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const midnightUtc = Date.UTC(year, month - 1, day);
  const calendar = new Date(midnightUtc);
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
  if (h === undefined) {
    const start = midnightUtc - VIETNAM_OFFSET_MS;
    return new Date(bound === 'from' ? start : start + DAY_MS - 1);
  }
  const [hours, minutes, seconds] = [Number(h), Number(mi), Number(s ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const millis = Number((ms ?? '0').padEnd(3, '0'));
  let offsetMs = VIETNAM_OFFSET_MS;
  if (zone === 'Z') offsetMs = 0;
  else if (zone) offsetMs = (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60 * 1000;
  return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, millis) - offsetMs);
}
