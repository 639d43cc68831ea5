// Deadlines are Vietnamese legal dates: shown and counted in Asia/Ho_Chi_Minh whatever the browser's zone.

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function fields(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const found = Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: found.year, month: found.month, day: found.day, hour: found.hour, minute: found.minute };
}

/** dd/mm/yyyy */
export function formatDate(instant: Date): string {
  const { day, month, year } = fields(instant);
  return `${day}/${month}/${year}`;
}

/** dd/mm/yyyy HH:mm */
export function formatDateTime(instant: Date): string {
  const { day, month, year, hour, minute } = fields(instant);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** Days since the epoch of the calendar day the instant falls on in Vietnam: differences count calendar days. */
export function vietnamDayNumber(instant: Date): number {
  const { year, month, day } = fields(instant);
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000;
}

// A date and time typed in a form is read on Vietnam's wall clock (UTC+7, no daylight saving), whatever zone the
// browser is in, and an instant is shown back on that same clock.
const VIETNAM_OFFSET = '+07:00';
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant as a `datetime-local` input's value (YYYY-MM-DDTHH:mm) on Vietnam's clock. */
export function toVietnamWallClock(instant: Date): string {
  const { year, month, day, hour, minute } = fields(instant);
  return `${year}-${month}-${day}T${hour}:${minute}`;
}

/** A `datetime-local` value read on Vietnam's clock, as the API takes it (ISO 8601 with +07:00); null if not one. */
export function fromVietnamWallClock(value: string | undefined | null): string | null {
  const match = value ? WALL_CLOCK.exec(value) : null;
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00${VIETNAM_OFFSET}`;
  const instant = new Date(iso);
  // Date rolls 31/02 over to March: a date that does not exist is not one.
  return !Number.isNaN(instant.getTime()) && toVietnamWallClock(instant) === value ? iso : null;
}
