import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '@tdkt/domain';
// The generator's half of the calendar is not exported: only this script and the table's spec use the astronomy.
import { computedLunarHolidays, lunarHolidayTableSource } from '@tdkt/domain/src/calendar/lunar-holiday-table.source';

/**
 * Writes libs/domain/src/calendar/lunar-holiday-table.ts for every year the calendar supports. Run it when those
 * years change; the table's spec fails until it is rerun.
 */
const target = join(__dirname, '..', '..', 'libs', 'domain', 'src', 'calendar', 'lunar-holiday-table.ts');
const years = Array.from({ length: LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1 }, (_, n) => FIRST_SUPPORTED_YEAR + n);
writeFileSync(target, lunarHolidayTableSource(FIRST_SUPPORTED_YEAR, years.map(computedLunarHolidays)));
process.stdout.write(`Wrote ${target} (${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR})\n`);
