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
