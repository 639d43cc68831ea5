import { LocalDate, addDays, parseLocalDate } from './local-date';
import { NATIONAL_CALENDAR } from './national-calendar';
import { WorkingDayCalendar, YearOverrides } from './working-day-calendar';

const d = parseLocalDate;
const calendar = new WorkingDayCalendar();
// The Labour Code's holidays without any announcement: what the override tests below start from.
const statutoryOnly = new WorkingDayCalendar({ national: {} });

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
    expect(statutoryOnly.addWorkingDays(d('2025-12-31'), 1)).toBe('2026-01-02'); // 1 Jan 2026 is a Thursday
    expect(calendar.addWorkingDays(d('2025-12-31'), 1)).toBe('2026-01-05'); // Friday 2 Jan 2026 was swapped off
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
    const withSwap = new WorkingDayCalendar({ national: {}, overrides: tet2025Swap });
    expect(statutoryOnly.addWorkingDays(d('2025-01-24'), 1)).toBe('2025-01-27');
    expect(withSwap.addWorkingDays(d('2025-01-24'), 1)).toBe('2025-02-03');
    expect(withSwap.isHoliday(d('2025-01-27'))).toBe(true);
  });

  it('adds a make-up working Saturday (làm bù)', () => {
    const withSwap = new WorkingDayCalendar({ national: {}, overrides: tet2025Swap });
    expect(withSwap.isWorkingDay(d('2025-02-08'))).toBe(true);
    expect(withSwap.addWorkingDays(d('2025-02-07'), 1)).toBe('2025-02-08');
    expect(statutoryOnly.addWorkingDays(d('2025-02-07'), 1)).toBe('2025-02-10');
  });

  it('adds a compensatory day (nghỉ bù) when a holiday falls on a weekend', () => {
    // Giỗ Tổ 2026 is a Sunday: the statutory rules alone assume nothing about the Monday after.
    expect(statutoryOnly.isWorkingDay(d('2026-04-27'))).toBe(true);
    const withCompensation = new WorkingDayCalendar({ national: {}, overrides: { 2026: { daysOff: ['2026-04-27'] } } });
    expect(withCompensation.isWorkingDay(d('2026-04-27'))).toBe(false);
  });

  it('moves the second National Day holiday to 3 September (as in 2024)', () => {
    const after = new WorkingDayCalendar({ national: {}, overrides: { 2024: { nationalDayCompanion: 'after' } } });
    expect(statutoryOnly.addWorkingDays(d('2024-08-30'), 1)).toBe('2024-09-03');
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
    const holidays = statutoryOnly.holidaysIn(2026);
    expect(holidays).toHaveLength(11);
    expect(holidays[0]).toEqual({ date: '2026-01-01', name: 'Tết Dương lịch', nameEn: 'New Year’s Day' });
    expect(holidays.find((h) => h.date === '2026-04-26')?.name).toBe('Giỗ Tổ Hùng Vương');
  });

  it('includes announced days off in date order and drops cancelled ones', () => {
    const adjusted = new WorkingDayCalendar({
      national: {},
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

describe('a plan’s overrides over the national calendar', () => {
  it('uses the shipped national calendar by default', () => {
    expect(calendar.isWorkingDay(d('2026-04-27'))).toBe(false); // nghỉ bù for Giỗ Tổ on Sunday 26 April
    expect(calendar.isWorkingDay(d('2026-08-22'))).toBe(true); // the Saturday worked for 31 August
  });

  it('lets the plan win, date by date, where it disagrees', () => {
    const plan = new WorkingDayCalendar({ overrides: { 2026: { daysOff: ['2026-08-22'], workingDays: ['2026-04-27'] } } });
    expect(plan.isWorkingDay(d('2026-04-27'))).toBe(true);
    expect(plan.isHoliday(d('2026-04-27'))).toBe(false);
    expect(plan.isWorkingDay(d('2026-08-22'))).toBe(false);
  });

  it('keeps the rest of the national year where the plan says nothing', () => {
    const plan = new WorkingDayCalendar({ overrides: { 2026: { daysOff: ['2026-04-28'] } } });
    expect(plan.isWorkingDay(d('2026-04-28'))).toBe(false);
    expect(plan.isWorkingDay(d('2026-04-27'))).toBe(false);
    expect(plan.isWorkingDay(d('2026-01-10'))).toBe(true); // make-up Saturday
    expect(plan.addWorkingDays(d('2026-04-24'), 1)).toBe('2026-04-29');
  });

  it('keeps the national name for a bare date and takes the plan’s name when it gives one', () => {
    const bare = new WorkingDayCalendar({ overrides: { 2026: { daysOff: ['2026-04-27'] } } });
    const named = new WorkingDayCalendar({ overrides: { 2026: { daysOff: [{ date: '2026-04-27', name: 'Nghỉ bù' }] } } });
    const nameOn = (cal: WorkingDayCalendar) => cal.holidaysIn(2026).find((h) => h.date === '2026-04-27')?.name;
    expect(nameOn(bare)).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(nameOn(named)).toBe('Nghỉ bù');
  });

  it('takes the plan’s choice of the day beside 2 September', () => {
    const plan = new WorkingDayCalendar({ overrides: { 2026: { nationalDayCompanion: 'after' } } });
    expect(plan.isWorkingDay(d('2026-09-01'))).toBe(true);
    expect(plan.isWorkingDay(d('2026-09-03'))).toBe(false);
    expect(plan.isWorkingDay(d('2026-08-31'))).toBe(false); // the national swap still stands
  });

  it('still refuses a plan that contradicts itself', () => {
    expect(() => new WorkingDayCalendar({ overrides: { 2026: { daysOff: ['2026-04-28'], workingDays: ['2026-04-28'] } } })).toThrow(/both/);
  });

  it('takes years an administrator adds to the national calendar', () => {
    const entered: YearOverrides = { 2027: { daysOff: ['2027-02-10'], workingDays: ['2027-02-20'] } };
    const extended = new WorkingDayCalendar({ national: { ...NATIONAL_CALENDAR, ...entered } });
    expect(extended.isWorkingDay(d('2027-02-10'))).toBe(false);
    expect(extended.isWorkingDay(d('2027-02-20'))).toBe(true);
    expect(extended.isWorkingDay(d('2026-04-27'))).toBe(false); // the shipped years still apply
  });

  it('refuses a malformed national calendar when the calendar is built', () => {
    expect(() => new WorkingDayCalendar({ national: { 2027: { daysOff: ['2027-02-30'] } } })).toThrow(/YYYY-MM-DD/);
  });
});

describe('covers', () => {
  it('covers the years of the Labour Code 2019 only', () => {
    expect(calendar.covers(d('2020-12-31'))).toBe(false);
    expect(calendar.covers(d('2021-01-01'))).toBe(true);
    expect(calendar.covers(d('2199-12-31'))).toBe(true);
  });
});
