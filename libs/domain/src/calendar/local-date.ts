/**
 * Calendar dates as people in Vietnam read them, independent of the machine's time zone.
 *
 * A LocalDate is an ISO 'YYYY-MM-DD' string: it survives JSON (Temporal payloads, the database, the API)
 * unchanged, and ISO order is string order. The brand stops an unchecked string from passing as one.
 *
 * Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact here, and it
 * keeps this code independent of the ICU time-zone data of whatever runtime (or workflow sandbox) runs it.
 */
declare const localDateBrand: unique symbol;
export type LocalDate = string & { readonly [localDateBrand]: true };

/** 'HH:mm', 24-hour clock, Vietnam time. */
export type LocalTime = string;

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(text: string): text is LocalDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Round-tripping through Date.UTC rejects 2026-02-30 and friends, which the pattern lets through
  // (and years 0000–0099, which Date.UTC reads as 1900–1999).
  return formatUtcDate(new Date(Date.UTC(year, month - 1, day))) === text;
}

export function parseLocalDate(text: string): LocalDate {
  if (!isLocalDate(text)) throw new Error(`Not a calendar date (expected YYYY-MM-DD): "${text}"`);
  return text;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return parseLocalDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

export function localDateParts(date: LocalDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

/** The date on a wall calendar in Vietnam at `instant`. */
export function toLocalDate(instant: Date): LocalDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new Error('Cannot take the Vietnam date of an invalid Date');
  return formatUtcDate(new Date(ms + VIETNAM_OFFSET_MS)) as LocalDate;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return formatUtcDate(new Date(utcMidnightMs(date) + days * MS_PER_DAY)) as LocalDate;
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnightMs(to) - utcMidnightMs(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, the same numbering as Date#getDay. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(utcMidnightMs(date)).getUTCDay();
}

export function isWeekend(date: LocalDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isLocalTime(text: string): text is LocalTime {
  return HH_MM.test(text);
}

/** The instant at which `date` starts in Vietnam (00:00 UTC+7, i.e. 17:00 UTC the day before). */
export function startOfLocalDay(date: LocalDate): Date {
  return new Date(utcMidnightMs(date) - VIETNAM_OFFSET_MS);
}

/** The last millisecond of `date` in Vietnam: the latest instant still "on" that day. */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date(startOfLocalDay(addDays(date, 1)).getTime() - 1);
}

/** The instant when Vietnam clocks show `time` ('HH:mm') on `date`. */
export function atLocalTime(date: LocalDate, time: LocalTime): Date {
  const match = HH_MM.exec(time);
  if (!match) throw new Error(`Not a time of day (expected HH:mm, 00:00–23:59): "${time}"`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return new Date(startOfLocalDay(date).getTime() + minutes * MS_PER_MINUTE);
}

function utcMidnightMs(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return Date.UTC(year, month - 1, day);
}

function formatUtcDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
