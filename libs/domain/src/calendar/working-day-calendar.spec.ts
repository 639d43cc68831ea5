import { LocalDate, addDays, parseLocalDate } from './local-date';
import { WorkingDayCalendar, YearOverrides } from './working-day-calendar';

const d = parseLocalDate;
const calendar = new WorkingDayCalendar();

// The government's actual 2025 Tết schedule: Monday 27 Jan swapped for Saturday 8 Feb.
const tet2025Swap: YearOverrides = {
  2025: {
    daysOff: [{ date: '2025-01-27', name: 'Nghỉ Tết (hoán đổi ngày làm việc)', nameEn: 'Tết (swapped day)' }],
    workingDays: ['2025-02-08'],
  },
};

describe('isWorkingDay / isHoliday', () => {
  it('works Monday to Friday outside holidays', () => {
    expect(calendar.isWorkingDay(d('2026-03-06'))).toBe(true); // Friday
    expect(calendar.isWorkingDay(d('2026-03-07'))).toBe(false); // Saturday
    expect(calendar.isWorkingDay(d('2026-03-08'))).toBe(false); // Sunday
  });

  it('rests on public holidays that fall on weekdays', () => {
    expect(calendar.isWorkingDay(d('2026-02-17'))).toBe(false);
    expect(calendar.isHoliday(d('2026-02-17'))).toBe(true);
  });

  it('does not call a plain weekend a holiday, nor a plain weekday', () => {
    expect(calendar.isHoliday(d('2026-03-07'))).toBe(false);
    expect(calendar.isHoliday(d('2026-03-06'))).toBe(false);
  });

  it('refuses dates outside the supported years rather than guessing older rules', () => {
    expect(() => calendar.isWorkingDay(d('2020-06-01'))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    expect(calendar.addWorkingDays(d('2026-03-06'), 1)).toBe('2026-03-09'); // Fri → Mon
    expect(calendar.addWorkingDays(d('2026-03-05'), 3)).toBe('2026-03-10'); // Thu → Tue
  });

  it('skips Tết: 16–20 Feb 2026 fill a whole working week', () => {
    expect(calendar.addWorkingDays(d('2026-02-13'), 1)).toBe('2026-02-23');
    expect(calendar.addWorkingDays(d('2026-02-12'), 2)).toBe('2026-02-23');
  });

  it('skips 30/4 and 1/5', () => {
    expect(calendar.addWorkingDays(d('2026-04-29'), 1)).toBe('2026-05-04');
  });

  it('never counts the start day, even when the start is not a working day', () => {
    expect(calendar.addWorkingDays(d('2026-03-07'), 1)).toBe('2026-03-09'); // from Saturday
    expect(calendar.addWorkingDays(d('2026-02-17'), 1)).toBe('2026-02-23'); // from a Tết day
  });

  it('counts backwards for negative n', () => {
    expect(calendar.addWorkingDays(d('2026-03-09'), -3)).toBe('2026-03-04'); // 3 working days before Monday
    expect(calendar.addWorkingDays(d('2026-02-23'), -1)).toBe('2026-02-13'); // back across Tết
    expect(calendar.addWorkingDays(d('2026-03-08'), -1)).toBe('2026-03-06'); // from Sunday
  });

  it('returns the start for n = 0 if it is a working day, else the next working day', () => {
    expect(calendar.addWorkingDays(d('2026-03-06'), 0)).toBe('2026-03-06');
    expect(calendar.addWorkingDays(d('2026-03-07'), 0)).toBe('2026-03-09');
    expect(calendar.addWorkingDays(d('2026-02-17'), 0)).toBe('2026-02-23');
  });

  it('crosses the year boundary', () => {
    expect(calendar.addWorkingDays(d('2025-12-31'), 1)).toBe('2026-01-02'); // 1 Jan 2026 is a Thursday
  });

  it('refuses a fractional number of days', () => {
    expect(() => calendar.addWorkingDays(d('2026-03-06'), 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days in (a, b], negative when b is earlier', () => {
    expect(calendar.workingDaysBetween(d('2026-02-13'), d('2026-02-23'))).toBe(1);
    expect(calendar.workingDaysBetween(d('2026-02-23'), d('2026-02-13'))).toBe(-1);
    expect(calendar.workingDaysBetween(d('2026-03-02'), d('2026-03-09'))).toBe(5);
    expect(calendar.workingDaysBetween(d('2026-03-06'), d('2026-03-06'))).toBe(0);
  });

  it('is the inverse of addWorkingDays in both directions', () => {
    for (let start = d('2026-01-20'); start <= '2026-03-10'; start = addDays(start, 1)) {
      for (const n of [-12, -5, -1, 1, 2, 7, 15]) {
        const end = calendar.addWorkingDays(start, n);
        expect({ start, n, back: calendar.workingDaysBetween(start, end) }).toEqual({ start, n, back: n });
      }
    }
  });
});

describe('yearly overrides', () => {
  it('adds a day off: a swapped Monday before Tết 2025', () => {
    const withSwap = new WorkingDayCalendar({ overrides: tet2025Swap });
    expect(calendar.addWorkingDays(d('2025-01-24'), 1)).toBe('2025-01-27');
    expect(withSwap.addWorkingDays(d('2025-01-24'), 1)).toBe('2025-02-03');
    expect(withSwap.isHoliday(d('2025-01-27'))).toBe(true);
  });

  it('adds a make-up working Saturday (làm bù)', () => {
    const withSwap = new WorkingDayCalendar({ overrides: tet2025Swap });
    expect(withSwap.isWorkingDay(d('2025-02-08'))).toBe(true);
    expect(withSwap.addWorkingDays(d('2025-02-07'), 1)).toBe('2025-02-08');
    expect(calendar.addWorkingDays(d('2025-02-07'), 1)).toBe('2025-02-10');
  });

  it('adds a compensatory day (nghỉ bù) when a holiday falls on a weekend', () => {
    // Giỗ Tổ 2026 is a Sunday: nothing is assumed until the compensatory Monday is announced.
    expect(calendar.isWorkingDay(d('2026-04-27'))).toBe(true);
    const withCompensation = new WorkingDayCalendar({ overrides: { 2026: { daysOff: ['2026-04-27'] } } });
    expect(withCompensation.isWorkingDay(d('2026-04-27'))).toBe(false);
  });

  it('moves the second National Day holiday to 3 September (as in 2024)', () => {
    const after = new WorkingDayCalendar({ overrides: { 2024: { nationalDayCompanion: 'after' } } });
    expect(calendar.addWorkingDays(d('2024-08-30'), 1)).toBe('2024-09-03');
    expect(after.addWorkingDays(d('2024-08-30'), 1)).toBe('2024-09-04');
    expect(after.isHoliday(d('2024-09-01'))).toBe(false);
  });

  it('lets a working-day override cancel a statutory holiday', () => {
    const cancelled = new WorkingDayCalendar({ overrides: { 2026: { workingDays: ['2026-09-01'] } } });
    expect(cancelled.isHoliday(d('2026-09-01'))).toBe(false);
    expect(cancelled.isWorkingDay(d('2026-09-01'))).toBe(true);
  });

  it('is not affected by the caller changing its overrides object afterwards', () => {
    const overrides = { 2026: { daysOff: ['2026-04-27'] } };
    const fixed = new WorkingDayCalendar({ overrides });
    overrides[2026].daysOff.push('2026-04-28');
    expect(fixed.isWorkingDay(d('2026-04-28'))).toBe(true);
  });

  it.each<[string, YearOverrides, RegExp]>([
    ['a date filed under another year', { 2026: { daysOff: ['2025-12-31'] } }, /own year/],
    ['a date both off and worked', { 2026: { daysOff: ['2026-03-02'], workingDays: ['2026-03-02'] } }, /both/],
    ['an impossible working day', { 2026: { workingDays: ['2026-02-30'] } }, /YYYY-MM-DD/],
    ['an impossible day off', { 2026: { daysOff: ['2026-04-31'] } }, /YYYY-MM-DD/],
    ['an impossible named day off', { 2026: { daysOff: [{ date: '2026-4-27', name: 'Nghỉ bù' }] } }, /YYYY-MM-DD/],
    ['an unsupported year', { 2019: { daysOff: ['2019-04-29'] } }, /outside/],
    ['an unknown National Day choice', { 2026: { nationalDayCompanion: 'both' as 'after' } }, /before' or 'after/],
  ])('rejects %s when the calendar is built', (_label, overrides, message) => {
    expect(() => new WorkingDayCalendar({ overrides })).toThrow(message);
  });
});

describe('holidaysIn', () => {
  it('lists the statutory days of the year with Vietnamese and English names', () => {
    const holidays = calendar.holidaysIn(2026);
    expect(holidays).toHaveLength(11);
    expect(holidays[0]).toEqual({ date: '2026-01-01', name: 'Tết Dương lịch', nameEn: 'New Year’s Day' });
    expect(holidays.find((h) => h.date === '2026-04-26')?.name).toBe('Giỗ Tổ Hùng Vương');
  });

  it('includes announced days off in date order and drops cancelled ones', () => {
    const adjusted = new WorkingDayCalendar({
      overrides: {
        2026: { daysOff: ['2026-04-27', { date: '2026-02-13', name: 'Nghỉ Tết' }], workingDays: ['2026-09-01'] },
      },
    });
    const dates = adjusted.holidaysIn(2026).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2026-02-13', '2026-04-27']));
    expect(dates).not.toContain('2026-09-01');
    const byDate = new Map(adjusted.holidaysIn(2026).map((h) => [h.date as LocalDate, h]));
    expect(byDate.get(d('2026-02-13'))?.name).toBe('Nghỉ Tết');
    expect(byDate.get(d('2026-04-27'))?.name).toBe('Ngày nghỉ theo thông báo của Chính phủ');
  });

  it('hands out copies, so editing the list cannot change the calendar', () => {
    const fresh = new WorkingDayCalendar();
    fresh.holidaysIn(2026)[0].name = 'edited';
    expect(fresh.holidaysIn(2026)[0].name).toBe('Tết Dương lịch');
  });

  it('keeps the statutory name when a bare date repeats a statutory holiday', () => {
    const repeated = new WorkingDayCalendar({ overrides: { 2026: { daysOff: ['2026-02-17'] } } });
    expect(repeated.holidaysIn(2026).find((h) => h.date === '2026-02-17')?.name).toBe('Tết Nguyên Đán (mùng 1)');
  });
});
