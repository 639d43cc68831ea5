import { BadRequestException, Injectable } from '@nestjs/common';
import { isSupportedYear, NATIONAL_CALENDAR, validateYearAnnouncement, WorkingDayCalendar, YearOverrides } from '@tdkt/domain';
import { NationalCalendarStore } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { CalendarYearDto } from './calendar-year.dto';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';

/**
 * The national working-day calendar every plan counts on: the years shipped with the software and those
 * an administrator entered since from the government's announcements (an entered year replaces the shipped one).
 */
@Injectable()
export class NationalCalendarService {
  constructor(private readonly store: NationalCalendarStore) {}

  /** The years an administrator entered, as workflows carry them in their input. */
  entered(): Promise<YearOverrides> {
    return this.store.enteredYears();
  }

  /** Every year in force, shipped and entered. */
  async inForce(): Promise<YearOverrides> {
    return { ...NATIONAL_CALENDAR, ...(await this.store.enteredYears()) };
  }

  async year(year: number) {
    refuseYearOutOfRange(year);
    const entered = await this.store.find(year);
    const announcement = entered?.announcement ?? NATIONAL_CALENDAR[year] ?? null;
    const calendar = new WorkingDayCalendar({ national: await this.inForce() });
    return {
      year,
      source: entered ? 'administrator' : NATIONAL_CALENDAR[year] ? 'shipped' : 'statutory',
      reference: entered?.source ?? null,
      announcement,
      daysOff: calendar.holidaysIn(year),
      updatedAt: entered?.updatedAt ?? null,
    };
  }

  async put(me: CurrentOfficialInfo, year: number, body: CalendarYearDto) {
    refuseYearOutOfRange(year);
    const { source, ...announcement } = body;
    const checked = validateYearAnnouncement(year, announcement);
    if (!checked.ok)
      throw invalidInput({
        message: `Lịch năm ${year} có ${checked.errors.length} lỗi cần sửa.`,
        en: `The calendar of ${year} has ${checked.errors.length} problem(s) to fix.`,
        errors: checked.errors,
      });
    await this.store.put(year, checked.value, source.trim(), me.actor.officialId);
    return this.year(year);
  }
}

/** Only the years the Labour Code 2019's holidays apply to, and the lunar calendar behind Tết is computed for. */
function refuseYearOutOfRange(year: number): void {
  if (!isSupportedYear(year))
    throw new BadRequestException({
      message: `Năm ${year} nằm ngoài phạm vi của lịch làm việc.`,
      en: `The year ${year} is outside the range of the working calendar.`,
    } satisfies Bilingual);
}
