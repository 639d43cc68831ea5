import Holidays from 'date-holidays';
import { addDays, parseLocalDate } from './local-date';
import { hungKingsCommemoration, lunarNewYear, statutoryHolidays } from './vietnam-holidays';

describe('lunar holidays', () => {
  it('puts Tết 2026 (lunar 1/1 Bính Ngọ) on 17 Feb and Giỗ Tổ 2026 (lunar 10/3) on 26 Apr', () => {
    expect(lunarNewYear(2026)).toBe('2026-02-17');
    expect(hungKingsCommemoration(2026)).toBe('2026-04-26');
  });

  it('puts Tết 2025 on 29 Jan and Giỗ Tổ 2025 on 7 Apr', () => {
    expect(lunarNewYear(2025)).toBe('2025-01-29');
    expect(hungKingsCommemoration(2025)).toBe('2025-04-07');
  });

  it('takes the regular, not the leap, third month: Giỗ Tổ 2023 (leap 2nd month) was 29 Apr', () => {
    expect(hungKingsCommemoration(2023)).toBe('2023-04-29');
  });

  it('reckons new moons on Vietnam time, not Beijing time: Tết 2030 is 2 Feb (China: 3 Feb)', () => {
    expect(lunarNewYear(2030)).toBe('2030-02-02');
  });
});

describe('statutoryHolidays (Labour Code 2019, art. 112)', () => {
  const datesOf = (year: number, options = {}) => statutoryHolidays(year, options).map((h) => h.date);

  it('lists the 11 statutory days of 2026 in date order', () => {
    expect(datesOf(2026)).toEqual([
      '2026-01-01',
      '2026-02-16', // last day of the lunar year
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20', // lunar 4 January
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('starts Tết on the 29th of the last lunar month when that month is short (2025: no "30 Tết")', () => {
    expect(datesOf(2025).filter((d) => d >= '2025-01-02' && d <= '2025-04-01')).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
    ]);
  });

  it('starts Tết on the 30th when the last lunar month is full (2024)', () => {
    expect(datesOf(2024).filter((d) => d >= '2024-01-02' && d <= '2024-04-01')).toEqual([
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
    ]);
  });

  it('can take 3 September as the second National Day holiday instead of 1 September', () => {
    const dates = datesOf(2024, { nationalDayCompanion: 'after' });
    expect(dates).toContain('2024-09-03');
    expect(dates).not.toContain('2024-09-01');
  });

  it('names every day in Vietnamese and English', () => {
    const tet = statutoryHolidays(2026).find((h) => h.date === '2026-02-17');
    expect(tet).toEqual({ date: '2026-02-17', name: 'Tết Nguyên Đán (mùng 1)', nameEn: 'Lunar New Year (day 1)' });
    for (const holiday of statutoryHolidays(2026)) {
      expect(holiday.name).not.toBe('');
      expect(holiday.nameEn).not.toBe('');
    }
  });

  it('refuses years before the Labour Code 2019 took effect, and absurd years', () => {
    expect(() => statutoryHolidays(2020)).toThrow(RangeError);
    expect(() => statutoryHolidays(2200)).toThrow(RangeError);
    expect(() => statutoryHolidays(2026.5)).toThrow(RangeError);
  });
});

// date-holidays encodes the holiday rules independently of this code, but computes lunar dates with the
// same date-chinese engine: it checks which days we chose, while the fixed dates above pin the astronomy.
describe('agreement with date-holidays (oracle for the rules)', () => {
  // date-holidays lacks the second National Day day and compensatory days, so only inclusion is checked.
  const CHECKED_RULES = new Set([
    '01-01', // Tết Dương lịch
    '1 day before vietnamese 1-0-1 P5D', // the 5-day Tết span, from the last day of the lunar year
    'vietnamese 1-0-1', // lunar new year's day
    'vietnamese 3-0-10', // Giỗ Tổ Hùng Vương
    '04-30',
    '05-01',
    '09-02',
  ]);
  const oracle = new Holidays('VN');

  it.each([2024, 2025, 2026, 2027, 2028, 2029, 2030])('includes every %i public holiday it reports', (year) => {
    const checked = oracle.getHolidays(year).filter((h) => h.type === 'public' && CHECKED_RULES.has(h.rule));
    // If the oracle renames a rule, fail loudly rather than silently checking less.
    expect(checked.map((h) => h.rule).sort()).toEqual([...CHECKED_RULES].sort());

    const ours = new Set(statutoryHolidays(year).map((h) => h.date));
    for (const holiday of checked) {
      const first = parseLocalDate(holiday.date.slice(0, 10));
      const length = Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000);
      for (let i = 0; i < length; i++) {
        expect({ rule: holiday.rule, date: addDays(first, i), ours: ours.has(addDays(first, i)) }).toEqual({
          rule: holiday.rule,
          date: addDays(first, i),
          ours: true,
        });
      }
    }
  });
});
