import { gregorianDateOfLunarDay } from './lunar-calendar';
import type { LocalDate } from './local-date';

/** The two holidays the law sets by the lunar calendar, computed: mùng 1 Tết and Giỗ Tổ (10 tháng 3). */
export function computedLunarHolidays(year: number): readonly [newYear: LocalDate, hungKings: LocalDate] {
  return [gregorianDateOfLunarDay(year, 1, 1), gregorianDateOfLunarDay(year, 3, 10)];
}

/** The table module's text, `holidays[n]` being year `firstYear + n`: what `npm run calendar:lunar-table` writes. */
export function lunarHolidayTableSource(firstYear: number, holidays: ReadonlyArray<readonly [string, string]>): string {
  const rows = holidays.map(([newYear, hungKings], n) => `  ['${newYear}', '${hungKings}'], // ${firstYear + n}`);
  return `// Written by \`npm run calendar:lunar-table\` from the lunar calendar (lunar-calendar.ts); do not edit by hand.
// lunar-holiday-table.spec.ts recomputes every row, so the table and the calculation cannot drift apart.

/** The first year of LUNAR_HOLIDAYS: row \`n\` is year \`LUNAR_HOLIDAYS_FIRST_YEAR + n\`. */
export const LUNAR_HOLIDAYS_FIRST_YEAR = ${firstYear};

/** Per year: mùng 1 Tết (lunar 1/1) and Giỗ Tổ Hùng Vương (lunar 10/3), as Gregorian dates. */
export const LUNAR_HOLIDAYS: ReadonlyArray<readonly [newYear: string, hungKings: string]> = [
${rows.join('\n')}
];
`;
}
