/**
 * The Vietnamese lunisolar calendar (âm lịch), through date-chinese.
 *
 * date-chinese is plain JavaScript arithmetic over astronomical series (via astronomia): no I/O, no Node
 * built-ins, no clock or randomness, so it is safe in the Temporal workflow sandbox. Its CalendarVietnamese
 * reckons new moons at UTC+7 (from 1968), which is why Vietnamese and Chinese New Year sometimes differ.
 */
import { CalendarVietnamese } from 'date-chinese';
import { LocalDate, localDate } from './local-date';

/**
 * The Gregorian date of day `lunarDay` of (non-leap) lunar month `lunarMonth`, in the lunar year that
 * begins in Gregorian year `gregorianYear` (lunar new year always falls between 21 Jan and 20 Feb).
 */
export function gregorianDateOfLunarDay(gregorianYear: number, lunarMonth: number, lunarDay: number): LocalDate {
  const lunar = new CalendarVietnamese();
  lunar.set(0, 0, lunarMonth, 0, lunarDay);
  // Passing the Gregorian year picks the lunar year; cycle and year-of-cycle are then ignored.
  const { year, month, day } = lunar.toGregorian(gregorianYear);
  const result = localDate(year, month, day);

  // toGregorian quietly lands on a neighbouring day for a day the month does not have (a 30th in a
  // 29-day month); converting back catches that instead of calling a wrong day a holiday.
  const [, , backMonth, backLeap, backDay] = new CalendarVietnamese().fromGregorian(year, month, day).get();
  if (backMonth !== lunarMonth || Boolean(backLeap) || backDay !== lunarDay) {
    throw new Error(`Lunar ${lunarDay}/${lunarMonth} does not exist in the lunar year starting in ${gregorianYear}`);
  }
  return result;
}
