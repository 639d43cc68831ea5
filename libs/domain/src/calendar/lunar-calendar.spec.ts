import { gregorianDateOfLunarDay } from './lunar-calendar';

describe('gregorianDateOfLunarDay', () => {
  it('converts lunar dates of the lunar year starting in the given Gregorian year', () => {
    expect(gregorianDateOfLunarDay(2026, 1, 1)).toBe('2026-02-17');
    expect(gregorianDateOfLunarDay(2026, 8, 15)).toBe('2026-09-25'); // Tết Trung thu
  });

  it('refuses a day the lunar month does not have instead of drifting into the next month', () => {
    // The last month of Giáp Thìn (ending Jan 2025) had 29 days: there was no "30 Tết" in 2025.
    expect(gregorianDateOfLunarDay(2024, 12, 29)).toBe('2025-01-28');
    expect(() => gregorianDateOfLunarDay(2024, 12, 30)).toThrow(/does not exist/);
    // The last month of Quý Mão (ending Feb 2024) had 30.
    expect(gregorianDateOfLunarDay(2023, 12, 30)).toBe('2024-02-09');
  });
});

// These guard the promise that the calendar can run inside Temporal's deterministic workflow sandbox.
describe('date-chinese is safe for workflow code', () => {
  it('loads no Node built-in module', async () => {
    const builtins = jest.requireActual<{ builtinModules: string[] }>('module').builtinModules;
    await jest.isolateModulesAsync(async () => {
      for (const name of builtins.filter((n) => !n.startsWith('_'))) {
        for (const id of [name, `node:${name}`]) {
          jest.doMock(id, () => {
            throw new Error(`date-chinese loaded the Node built-in "${id}"`);
          });
        }
      }
      const { CalendarVietnamese } = await import('date-chinese');
      expect(new CalendarVietnamese().fromGregorian(2026, 2, 17).get().slice(2)).toEqual([1, false, 1]);
    });
  });

  it('reads neither the clock nor randomness', () => {
    const RealDate = Date;
    class ClockFreeDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) throw new Error('read the clock via new Date()');
        super(...(args as ConstructorParameters<DateConstructor>));
      }
      static override now(): number {
        throw new Error('read the clock via Date.now()');
      }
    }
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('used Math.random()');
    });
    globalThis.Date = ClockFreeDate as DateConstructor;
    try {
      expect(gregorianDateOfLunarDay(2026, 3, 10)).toBe('2026-04-26');
    } finally {
      globalThis.Date = RealDate;
      random.mockRestore();
    }
  });
});
