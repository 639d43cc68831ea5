/**
 * Working days (ngày làm việc) of Vietnamese public bodies: Monday to Friday, minus public holidays,
 * adjusted by what the government announces each year (the shipped national calendar by default) and
 * then by a plan's own overrides.
 *
 * Everything here is a pure function of the constructor's input: the per-year cache only saves
 * recomputing lunar dates, it never changes an answer, so this is safe inside Temporal workflows.
 */
import { LocalDate, addDays, compareLocalDates, isWeekend, localDateParts, parseLocalDate } from './local-date';
import { NATIONAL_CALENDAR } from './national-calendar';
import { Holiday, NationalDayCompanion, assertSupportedYear, isSupportedYear, statutoryHolidays } from './vietnam-holidays';

export interface AnnouncedDayOff {
  date: string;
  name?: string;
  nameEn?: string;
}

/** What the government announced for one year, on top of the Labour Code rules. */
export interface YearOverride {
  /**
   * Extra days off: the rest of the announced Tết schedule, compensatory days (nghỉ bù), swapped days.
   * A bare 'YYYY-MM-DD' keeps the statutory name if it already is a holiday, else gets a generic one;
   * a name given here always wins.
   */
  daysOff?: ReadonlyArray<string | AnnouncedDayOff>;
  /**
   * Days worked whatever they would otherwise be: make-up Saturdays (làm bù), or a statutory day the
   * government moved elsewhere. These win over every other rule.
   */
  workingDays?: readonly string[];
  /** Which day accompanies 2 September this year; see StatutoryHolidayOptions. */
  nationalDayCompanion?: NationalDayCompanion;
}

/** Keyed by Gregorian year; each date must lie in the year it is filed under. */
export type YearOverrides = Readonly<Record<number, YearOverride>>;

export interface WorkingDayCalendarOptions {
  /**
   * The government's announcements by year. Defaults to NATIONAL_CALENDAR; to add years an administrator
   * entered, pass `{ ...NATIONAL_CALENDAR, ...entered }` (a year given replaces the shipped one whole, as a
   * corrected announcement would). `{}` gives the statutory holidays alone.
   */
  national?: YearOverrides;
  /**
   * A plan's own adjustments, applied over the national calendar date by date: a day it lists as off or
   * as worked wins over the national entry for that date, the rest of the national year still applies.
   */
  overrides?: YearOverrides;
}

const ANNOUNCED_DAY_OFF_NAME = 'Ngày nghỉ theo thông báo của Chính phủ';
const ANNOUNCED_DAY_OFF_NAME_EN = 'Day off announced by the government';

/** An override after checking: dates parsed, and detached from the caller's object. */
interface CheckedOverride {
  daysOff: readonly CheckedDayOff[];
  workingDays: readonly LocalDate[];
  nationalDayCompanion?: NationalDayCompanion;
}

interface CheckedDayOff {
  date: LocalDate;
  name?: string;
  nameEn?: string;
}

interface ResolvedYear {
  holidays: ReadonlyMap<LocalDate, Holiday>;
  workingDays: ReadonlySet<LocalDate>;
}

export class WorkingDayCalendar {
  private readonly overrides: ReadonlyMap<number, CheckedOverride>;
  private readonly years = new Map<number, ResolvedYear>();

  constructor(options: WorkingDayCalendarOptions = {}) {
    // Each layer is checked on its own, so a plan contradicting itself is still refused, while a plan
    // contradicting the national calendar simply wins.
    const national = checkOverrides(options.national ?? NATIONAL_CALENDAR);
    const own = checkOverrides(options.overrides ?? {});
    this.overrides = layerOverrides(national, own);
  }

  /** Whether the calendar has rules for the date's year; the other methods refuse a date it has none for. */
  covers(date: LocalDate): boolean {
    return isSupportedYear(localDateParts(date).year);
  }

  /** A public holiday or announced day off, not cancelled by a working-day override. Weekends alone are not holidays. */
  isHoliday(date: LocalDate): boolean {
    return this.resolveYearOf(date).holidays.has(date);
  }

  isWorkingDay(date: LocalDate): boolean {
    const year = this.resolveYearOf(date);
    if (year.workingDays.has(date)) return true;
    return !isWeekend(date) && !year.holidays.has(date);
  }

  /**
   * "N working days after X" is the Nth working day strictly after X: X itself never counts, working
   * or not, which is how a period "from the day after receipt" is read in administrative procedure.
   * n = 0 gives X if X is a working day, else the next working day (the earliest day it could be due).
   * n < 0 counts backwards the same way: -3 is the 3rd working day strictly before X.
   */
  addWorkingDays(from: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
    if (n === 0) return this.isWorkingDay(from) ? from : this.addWorkingDays(from, 1);

    const step = n > 0 ? 1 : -1;
    let remaining = Math.abs(n);
    let day = from;
    while (remaining > 0) {
      day = addDays(day, step);
      if (this.isWorkingDay(day)) remaining--;
    }
    return day;
  }

  /**
   * Working days in (a, b] when b is after a, so that workingDaysBetween(a, addWorkingDays(a, n)) === n;
   * minus the working days in [b, a) when b is before a, mirroring negative n; 0 when equal.
   */
  workingDaysBetween(a: LocalDate, b: LocalDate): number {
    const order = compareLocalDates(a, b);
    if (order === 0) return 0;
    if (order > 0) return -this.workingDaysBetween(addDays(b, -1), addDays(a, -1));

    let count = 0;
    for (let day = addDays(a, 1); compareLocalDates(day, b) <= 0; day = addDays(day, 1)) {
      if (this.isWorkingDay(day)) count++;
    }
    return count;
  }

  /** The year's days off other than weekends, in date order, after overrides. */
  holidaysIn(year: number): Holiday[] {
    return [...this.resolveYear(year).holidays.values()]
      .map((holiday) => ({ ...holiday }))
      .sort((x, y) => compareLocalDates(x.date, y.date));
  }

  private resolveYearOf(date: LocalDate): ResolvedYear {
    return this.resolveYear(localDateParts(date).year);
  }

  private resolveYear(year: number): ResolvedYear {
    const cached = this.years.get(year);
    if (cached) return cached;

    const override = this.overrides.get(year) ?? { daysOff: [], workingDays: [] };
    const holidays = new Map<LocalDate, Holiday>();
    for (const holiday of statutoryHolidays(year, { nationalDayCompanion: override.nationalDayCompanion })) {
      holidays.set(holiday.date, holiday);
    }
    for (const { date, name, nameEn } of override.daysOff) {
      // A bare date on a statutory holiday keeps its statutory name; a name given explicitly wins.
      const statutory = holidays.get(date);
      holidays.set(date, {
        date,
        name: name ?? statutory?.name ?? ANNOUNCED_DAY_OFF_NAME,
        nameEn: nameEn ?? statutory?.nameEn ?? ANNOUNCED_DAY_OFF_NAME_EN,
      });
    }
    const workingDays = new Set(override.workingDays);
    for (const date of workingDays) holidays.delete(date);

    const resolved = { holidays, workingDays };
    this.years.set(year, resolved);
    return resolved;
  }
}

function layerOverrides(
  below: ReadonlyMap<number, CheckedOverride>,
  above: ReadonlyMap<number, CheckedOverride>,
): ReadonlyMap<number, CheckedOverride> {
  const layered = new Map(below);
  for (const [year, top] of above) {
    const base = below.get(year);
    layered.set(year, base ? layerYear(base, top) : top);
  }
  return layered;
}

function layerYear(base: CheckedOverride, top: CheckedOverride): CheckedOverride {
  const topDaysOff = new Set(top.daysOff.map((d) => d.date));
  return {
    // The base's days off come first: resolveYear lets a later entry rename a day, and a bare date in
    // `top` keeps the base's name, as it keeps a statutory one.
    daysOff: [...base.daysOff.filter((d) => !top.workingDays.includes(d.date)), ...top.daysOff],
    workingDays: [...base.workingDays.filter((date) => !topDaysOff.has(date)), ...top.workingDays],
    nationalDayCompanion: top.nationalDayCompanion ?? base.nationalDayCompanion,
  };
}

/**
 * Overrides are checked once, up front: a typo in a date would otherwise surface only when some
 * deadline happened to fall in that year, possibly deep inside a running workflow. Copying them also
 * means a caller mutating its object later cannot change this calendar's answers.
 */
function checkOverrides(overrides: YearOverrides): ReadonlyMap<number, CheckedOverride> {
  const byYear = new Map<number, CheckedOverride>();
  for (const [key, override] of Object.entries(overrides)) {
    const year = Number(key);
    assertSupportedYear(year);
    const daysOff = (override.daysOff ?? []).map((d): CheckedDayOff =>
      typeof d === 'string' ? { date: parseLocalDate(d) } : { date: parseLocalDate(d.date), name: d.name, nameEn: d.nameEn },
    );
    const workingDays = (override.workingDays ?? []).map(parseLocalDate);
    for (const date of [...daysOff.map((d) => d.date), ...workingDays]) {
      if (localDateParts(date).year !== year) {
        throw new Error(`Calendar override for ${year} lists ${date}: file each date under its own year`);
      }
    }
    const contradictory = daysOff.find((d) => workingDays.includes(d.date));
    if (contradictory) {
      throw new Error(`Calendar override for ${year} lists ${contradictory.date} both as a day off and as a working day`);
    }
    const companion = override.nationalDayCompanion;
    if (companion !== undefined && companion !== 'before' && companion !== 'after') {
      throw new Error(`Calendar override for ${year}: nationalDayCompanion must be 'before' or 'after', got "${companion}"`);
    }
    byYear.set(year, { daysOff, workingDays, nationalDayCompanion: companion });
  }
  return byYear;
}
