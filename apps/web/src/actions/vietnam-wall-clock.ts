// Deadlines are Vietnamese legal times: a date and time typed in a form is read as Vietnam's wall clock (UTC+7, no
// daylight saving), whatever zone the browser is in, and an instant is shown back on that same clock.

const VIETNAM_OFFSET = '+07:00';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The instant as a `datetime-local` input's value (YYYY-MM-DDTHH:mm) on Vietnam's clock. */
export function toVietnamWallClock(instant: Date): string {
  const p = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A `datetime-local` value read on Vietnam's clock, as the API takes it (ISO 8601 with +07:00); null if not one. */
export function fromVietnamWallClock(value: string | undefined | null): string | null {
  const match = value ? WALL_CLOCK.exec(value) : null;
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00${VIETNAM_OFFSET}`;
  const instant = new Date(iso);
  // Date rolls 31/02 over to March: a date that does not exist is not one.
  return !Number.isNaN(instant.getTime()) && toVietnamWallClock(instant) === value ? iso : null;
}
