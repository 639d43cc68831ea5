/**
 * What the government announced for civil servants (công chức, viên chức) each year since the Labour Code
 * 2019 took effect, on top of the statutory holidays in vietnam-holidays.ts: which day accompanies 2
 * September, the days off that replace holidays falling on a weekend (nghỉ bù), and weekdays taken off in
 * exchange for a Saturday worked (hoán đổi, làm bù).
 *
 * Only what was announced, or follows from the Labour Code's own rule, is listed: a year not here gets
 * the statutory holidays alone until its announcement is added (here, or by an administrator through
 * WorkingDayCalendar's `national` option). Tết days that already fall inside the statutory five (the
 * last day of the lunar year to mùng 4) are not repeated.
 */
import type { AnnouncedDayOff, YearOverrides } from './working-day-calendar';

interface Occasion {
  vi: string;
  en: string;
}

const NEW_YEAR: Occasion = { vi: 'Tết Dương lịch', en: 'New Year’s Day' };
const TET: Occasion = { vi: 'Tết Nguyên Đán', en: 'Lunar New Year' };
const HUNG_KINGS: Occasion = { vi: 'Giỗ Tổ Hùng Vương', en: 'Hùng Kings’ Commemoration Day' };
const REUNIFICATION: Occasion = { vi: 'Ngày Giải phóng miền Nam, thống nhất đất nước', en: 'Reunification Day' };
const LABOUR_DAY: Occasion = { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' };
const NATIONAL_DAY: Occasion = { vi: 'Quốc khánh', en: 'National Day' };

/** A weekday off because a holiday of the occasion fell on a Saturday or Sunday (Labour Code art. 111(3)). */
function compensatoryDayOff(date: string, occasion: Occasion): AnnouncedDayOff {
  return { date, name: `Nghỉ bù ${occasion.vi}`, nameEn: `${occasion.en} (compensatory day off)` };
}

/** A weekday off in exchange for a Saturday worked, to join the occasion's holidays into one break. */
function swappedDayOff(date: string, occasion: Occasion): AnnouncedDayOff {
  return { date, name: `Nghỉ ${occasion.vi} (hoán đổi ngày làm việc)`, nameEn: `${occasion.en} (swapped working day)` };
}

/** The shipped national calendar, 2021–2026, keyed by Gregorian year. */
export const NATIONAL_CALENDAR: YearOverrides = {
  // The government's announcement for Tết 2021 (10–16 Feb) and National Day 2021 (2–3 Sep); 3 May by the Labour Code.
  2021: {
    daysOff: [
      compensatoryDayOff('2021-02-10', TET), // for Saturday 13 Feb (mùng 2)
      compensatoryDayOff('2021-02-16', TET), // for Sunday 14 Feb (mùng 3)
      compensatoryDayOff('2021-05-03', LABOUR_DAY), // 1 May was a Saturday
    ],
    nationalDayCompanion: 'after',
  },
  // The government's announcement for Tết 2022 (29 Jan – 6 Feb) and National Day 2022 (1–2 Sep); nghỉ bù by the Labour Code.
  2022: {
    daysOff: [
      compensatoryDayOff('2022-01-03', NEW_YEAR), // 1 Jan was a Saturday
      compensatoryDayOff('2022-04-11', HUNG_KINGS), // 10 Apr was a Sunday
      compensatoryDayOff('2022-05-02', REUNIFICATION), // 30 Apr was a Saturday
      compensatoryDayOff('2022-05-03', LABOUR_DAY), // 1 May was a Sunday
    ],
    nationalDayCompanion: 'before',
  },
  // The government's announcement for Tết 2023 (20–26 Jan) and National Day 2023 (1–4 Sep); other nghỉ bù by the Labour Code.
  2023: {
    daysOff: [
      compensatoryDayOff('2023-01-02', NEW_YEAR), // 1 Jan was a Sunday
      compensatoryDayOff('2023-01-20', TET), // for Saturday 21 Jan (the last day of the lunar year)
      compensatoryDayOff('2023-01-26', TET), // for Sunday 22 Jan (mùng 1)
      compensatoryDayOff('2023-05-02', HUNG_KINGS), // Giỗ Tổ, 29 Apr, was a Saturday
      compensatoryDayOff('2023-05-03', REUNIFICATION), // 30 Apr was a Sunday
      compensatoryDayOff('2023-09-04', NATIONAL_DAY), // 2 Sep was a Saturday
    ],
    nationalDayCompanion: 'before',
  },
  // The government's announcement for Tết 2024 (8–14 Feb) and National Day 2024 (2–3 Sep); 30/4 swap: Công văn 2450/VPCP-KGVX.
  2024: {
    daysOff: [
      compensatoryDayOff('2024-02-08', TET), // for Saturday 10 Feb (mùng 1)
      compensatoryDayOff('2024-02-14', TET), // for Sunday 11 Feb (mùng 2)
      swappedDayOff('2024-04-29', REUNIFICATION),
    ],
    workingDays: ['2024-05-04'], // the Saturday worked for 29 April
    nationalDayCompanion: 'after',
  },
  // Công văn 8726/VPCP-KGVX: Tết 2025 (25 Jan – 2 Feb), 30/4–1/5 (30 Apr – 4 May) and National Day 2025 (1–2 Sep).
  2025: {
    daysOff: [swappedDayOff('2025-01-27', TET), swappedDayOff('2025-05-02', LABOUR_DAY)],
    workingDays: [
      '2025-02-08', // the Saturday worked for 27 January
      '2025-04-26', // the Saturday worked for 2 May
    ],
    nationalDayCompanion: 'before',
  },
  // Công văn 12729/VPCP-KGVX (1 Jan); the Prime Minister's decision of Oct 2025 on Tết and National Day; 27 Apr by the Labour Code.
  2026: {
    daysOff: [
      swappedDayOff('2026-01-02', NEW_YEAR),
      compensatoryDayOff('2026-04-27', HUNG_KINGS), // Giỗ Tổ, 26 Apr, is a Sunday
      swappedDayOff('2026-08-31', NATIONAL_DAY),
    ],
    workingDays: [
      '2026-01-10', // the Saturday worked for 2 January
      '2026-08-22', // the Saturday worked for 31 August
    ],
    nationalDayCompanion: 'before',
  },
};
