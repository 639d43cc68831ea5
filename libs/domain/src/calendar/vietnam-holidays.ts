/**
 * Public holidays fixed by law: Bộ luật Lao động 2019 (Labour Code, No. 45/2019/QH14), art. 112(1),
 * in force since 1 January 2021. Years before that had other rules, so they are refused, not guessed.
 *
 * What the law leaves to the government each year is NOT guessed here either: which five days make up
 * Tết, compensatory days (nghỉ bù) when a holiday falls on a weekend, and swapped days with make-up
 * Saturdays (làm bù). Those are data: the announcements shipped in national-calendar.ts, and a plan's
 * own overrides, both read by WorkingDayCalendar.
 */
import { LocalDate, addDays, compareLocalDates, localDate } from './local-date';
// The lunar dates come from a table, not from the astronomy that computes them: workflow code loads this module once per
// workflow, and the astronomical series behind the lunar calendar are heavy to load (lunar-holiday-table.spec.ts
// recomputes the table).
import { LUNAR_HOLIDAYS, LUNAR_HOLIDAYS_FIRST_YEAR } from './lunar-holiday-table';

export interface Holiday {
  date: LocalDate;
  /** Vietnamese name, as shown to users. */
  name: string;
  nameEn: string;
}

/** Which neighbour of 2 September is the second National Day holiday (art. 112(1)(đ)). */
export type NationalDayCompanion = 'before' | 'after';

export interface StatutoryHolidayOptions {
  /**
   * The law gives "2/9 and one adjacent day, before or after"; the government announces which each year.
   * Default 'before' (1 September), as in 2025; 2024, for one, used 'after' (3 September).
   */
  nationalDayCompanion?: NationalDayCompanion;
}

export const FIRST_SUPPORTED_YEAR = 2021;
/** Far enough for any plan; the bound exists so a runaway date search fails instead of spinning. */
export const LAST_SUPPORTED_YEAR = 2199;

/**
 * Tết Nguyên Đán is 5 days by law. Rule used: the last day of the lunar year (29 or 30 tháng Chạp)
 * through lunar 4 January — the government's usual pattern, and the one date-holidays uses.
 */
const TET_DAYS: ReadonlyArray<{ offsetFromNewYear: number; name: string; nameEn: string }> = [
  { offsetFromNewYear: -1, name: 'Tết Nguyên Đán (ngày cuối năm Âm lịch)', nameEn: 'Lunar New Year (New Year’s Eve)' },
  { offsetFromNewYear: 0, name: 'Tết Nguyên Đán (mùng 1)', nameEn: 'Lunar New Year (day 1)' },
  { offsetFromNewYear: 1, name: 'Tết Nguyên Đán (mùng 2)', nameEn: 'Lunar New Year (day 2)' },
  { offsetFromNewYear: 2, name: 'Tết Nguyên Đán (mùng 3)', nameEn: 'Lunar New Year (day 3)' },
  { offsetFromNewYear: 3, name: 'Tết Nguyên Đán (mùng 4)', nameEn: 'Lunar New Year (day 4)' },
];

/** Lunar new year's day (mùng 1 Tết) falling in Gregorian `year`. */
export function lunarNewYear(year: number): LocalDate {
  assertSupportedYear(year);
  return lunarHolidaysOf(year)[0];
}

/** Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month. */
export function hungKingsCommemoration(year: number): LocalDate {
  assertSupportedYear(year);
  return lunarHolidaysOf(year)[1];
}

/** The statutory holidays of `year`, in date order (11 days). */
export function statutoryHolidays(year: number, options: StatutoryHolidayOptions = {}): Holiday[] {
  assertSupportedYear(year);
  const tet = lunarNewYear(year);
  const companionOffset = (options.nationalDayCompanion ?? 'before') === 'before' ? -1 : 1;
  const nationalDay = localDate(year, 9, 2);

  const holidays: Holiday[] = [
    { date: localDate(year, 1, 1), name: 'Tết Dương lịch', nameEn: 'New Year’s Day' },
    ...TET_DAYS.map(({ offsetFromNewYear, name, nameEn }) => ({ date: addDays(tet, offsetFromNewYear), name, nameEn })),
    { date: hungKingsCommemoration(year), name: 'Giỗ Tổ Hùng Vương', nameEn: 'Hùng Kings’ Commemoration Day' },
    {
      date: localDate(year, 4, 30),
      name: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
      nameEn: 'Reunification Day',
    },
    { date: localDate(year, 5, 1), name: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' },
    { date: nationalDay, name: 'Quốc khánh', nameEn: 'National Day' },
    {
      date: addDays(nationalDay, companionOffset),
      name: 'Quốc khánh (ngày liền kề)',
      nameEn: 'National Day (adjacent day)',
    },
  ];
  return holidays.sort((a, b) => compareLocalDates(a.date, b.date));
}

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
}

function lunarHolidaysOf(year: number): readonly [LocalDate, LocalDate] {
  const row = LUNAR_HOLIDAYS[year - LUNAR_HOLIDAYS_FIRST_YEAR];
  if (!row) throw new RangeError(`No lunar dates for ${year}: run npm run calendar:lunar-table`);
  return row as readonly [LocalDate, LocalDate];
}

export function assertSupportedYear(year: number): void {
  if (!isSupportedYear(year)) {
    throw new RangeError(
      `Year ${year} is outside the working-day calendar (${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}, ` +
        'the years the Labour Code 2019 holidays apply to)',
    );
  }
}
