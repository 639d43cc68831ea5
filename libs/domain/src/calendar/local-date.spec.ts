import {
  addDays,
  atLocalTime,
  compareLocalDates,
  dayOfWeek,
  daysBetween,
  endOfLocalDay,
  isLocalDate,
  isLocalTime,
  isWeekend,
  localDate,
  localDateParts,
  parseLocalDate,
  startOfLocalDay,
  toLocalDate,
} from './local-date';

const d = parseLocalDate;

describe('toLocalDate (Vietnam, UTC+7)', () => {
  it('is already the next day in Vietnam shortly after 17:00 UTC', () => {
    expect(toLocalDate(new Date('2026-02-16T17:30:00Z'))).toBe('2026-02-17');
  });

  it('puts the Vietnam midnight boundary exactly at 17:00 UTC', () => {
    expect(toLocalDate(new Date('2026-02-16T16:59:59.999Z'))).toBe('2026-02-16');
    expect(toLocalDate(new Date('2026-02-16T17:00:00.000Z'))).toBe('2026-02-17');
  });

  it('crosses the year boundary on Vietnam time', () => {
    expect(toLocalDate(new Date('2025-12-31T18:00:00Z'))).toBe('2026-01-01');
  });

  it('refuses an invalid Date', () => {
    expect(() => toLocalDate(new Date('nonsense'))).toThrow(/invalid Date/);
  });
});

describe('instants of a Vietnam day', () => {
  it('starts the day at 17:00 UTC the day before', () => {
    expect(startOfLocalDay(d('2026-02-17')).toISOString()).toBe('2026-02-16T17:00:00.000Z');
  });

  it('ends the day one millisecond before the next day starts', () => {
    expect(endOfLocalDay(d('2026-02-17')).toISOString()).toBe('2026-02-17T16:59:59.999Z');
  });

  it('places a wall-clock time on the day', () => {
    expect(atLocalTime(d('2026-02-17'), '17:00').toISOString()).toBe('2026-02-17T10:00:00.000Z');
    expect(atLocalTime(d('2026-02-17'), '00:00').toISOString()).toBe('2026-02-16T17:00:00.000Z');
    expect(atLocalTime(d('2026-02-17'), '23:59').toISOString()).toBe('2026-02-17T16:59:00.000Z');
  });

  it('maps the start and end of every day of a year back to that day', () => {
    for (let day = d('2028-01-01'); day < '2029-01-01'; day = addDays(day, 1)) {
      expect(toLocalDate(startOfLocalDay(day))).toBe(day);
      expect(toLocalDate(endOfLocalDay(day))).toBe(day);
    }
  });

  it('rejects times that are not HH:mm on a 24-hour clock', () => {
    expect(() => atLocalTime(d('2026-02-17'), '17:60')).toThrow(/HH:mm/);
    expect(() => atLocalTime(d('2026-02-17'), '24:00')).toThrow(/HH:mm/);
    expect(isLocalTime('7:00')).toBe(false);
    expect(isLocalTime('07:00')).toBe(true);
  });
});

describe('date arithmetic', () => {
  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2025-02-28'), 1)).toBe('2025-03-01');
    expect(addDays(d('2025-12-31'), 1)).toBe('2026-01-01');
    expect(addDays(d('2026-03-01'), -1)).toBe('2026-02-28');
    expect(addDays(d('2026-02-17'), 0)).toBe('2026-02-17');
  });

  it('refuses fractional days', () => {
    expect(() => addDays(d('2026-02-17'), 0.5)).toThrow(RangeError);
  });

  it('counts calendar days between dates', () => {
    expect(daysBetween(d('2025-12-31'), d('2026-03-01'))).toBe(60);
    expect(daysBetween(d('2026-03-01'), d('2025-12-31'))).toBe(-60);
  });

  it('numbers days of the week from Sunday = 0', () => {
    expect(dayOfWeek(d('2026-02-15'))).toBe(0); // Sunday
    expect(dayOfWeek(d('2026-02-17'))).toBe(2); // Tuesday, Tết Bính Ngọ
    expect(dayOfWeek(d('2026-02-21'))).toBe(6); // Saturday
    expect(isWeekend(d('2026-02-21'))).toBe(true);
    expect(isWeekend(d('2026-02-15'))).toBe(true);
    expect(isWeekend(d('2026-02-20'))).toBe(false);
  });

  it('orders dates', () => {
    expect(compareLocalDates(d('2025-12-31'), d('2026-01-01'))).toBe(-1);
    expect(compareLocalDates(d('2026-01-01'), d('2026-01-01'))).toBe(0);
    expect(compareLocalDates(d('2026-10-01'), d('2026-09-30'))).toBe(1);
  });
});

describe('parsing', () => {
  it('accepts real ISO dates and splits them', () => {
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
    expect(localDate(2026, 4, 26)).toBe('2026-04-26');
    expect(localDateParts(d('2026-04-26'))).toEqual({ year: 2026, month: 4, day: 26 });
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-2-3', '26-02-03', '2026-02-03T00:00', '0099-01-01', ''])(
    'rejects "%s"',
    (text) => {
      expect(isLocalDate(text)).toBe(false);
      expect(() => parseLocalDate(text)).toThrow(/YYYY-MM-DD/);
    },
  );
});
