import { computedLunarHolidays } from './lunar-holiday-table.source';
import { LUNAR_HOLIDAYS, LUNAR_HOLIDAYS_FIRST_YEAR } from './lunar-holiday-table';
import { FIRST_SUPPORTED_YEAR, hungKingsCommemoration, LAST_SUPPORTED_YEAR, lunarNewYear } from './vietnam-holidays';

describe('the lunar holiday table', () => {
  it('is what the lunar calendar computes, for every supported year (npm run calendar:lunar-table rewrites it)', () => {
    expect(LUNAR_HOLIDAYS_FIRST_YEAR).toBe(FIRST_SUPPORTED_YEAR);
    expect(LUNAR_HOLIDAYS).toHaveLength(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1);
    for (let year = FIRST_SUPPORTED_YEAR; year <= LAST_SUPPORTED_YEAR; year++) {
      expect([year, lunarNewYear(year), hungKingsCommemoration(year)]).toEqual([year, ...computedLunarHolidays(year)]);
    }
  });

  it('keeps the astronomy out of the holidays workflows load', () => {
    jest.isolateModules(() => {
      jest.doMock('date-chinese', () => {
        throw new Error('the holidays loaded date-chinese');
      });
      const holidays = jest.requireActual<typeof import('./vietnam-holidays')>('./vietnam-holidays');
      expect(holidays.statutoryHolidays(2026).map((h) => h.date)).toContain('2026-02-17');
    });
  });
});
