import { LocalDate, addDays, dayOfWeek, isWeekend, parseLocalDate } from './local-date';
import { NATIONAL_CALENDAR } from './national-calendar';
import { WorkingDayCalendar } from './working-day-calendar';

const d = parseLocalDate;
const calendar = new WorkingDayCalendar();
const SATURDAY = 6;

/** Each break as announced: first and last day off, both included. */
const ANNOUNCED_BREAKS: ReadonlyArray<[occasion: string, first: string, last: string]> = [
  ['Tết 2021', '2021-02-10', '2021-02-16'],
  ['Giỗ Tổ 2021', '2021-04-21', '2021-04-21'],
  ['30/4–1/5 2021', '2021-04-30', '2021-05-03'],
  ['Quốc khánh 2021', '2021-09-02', '2021-09-05'],
  ['Tết Dương lịch 2022', '2022-01-01', '2022-01-03'],
  ['Tết 2022', '2022-01-29', '2022-02-06'],
  ['Giỗ Tổ 2022', '2022-04-09', '2022-04-11'],
  ['30/4–1/5 2022', '2022-04-30', '2022-05-03'],
  ['Quốc khánh 2022', '2022-09-01', '2022-09-04'],
  ['Tết Dương lịch 2023', '2022-12-31', '2023-01-02'],
  ['Tết 2023', '2023-01-20', '2023-01-26'],
  ['Giỗ Tổ and 30/4–1/5 2023', '2023-04-29', '2023-05-03'],
  ['Quốc khánh 2023', '2023-09-01', '2023-09-04'],
  ['Tết Dương lịch 2024', '2023-12-30', '2024-01-01'],
  ['Tết 2024', '2024-02-08', '2024-02-14'],
  ['Giỗ Tổ 2024', '2024-04-18', '2024-04-18'],
  ['30/4–1/5 2024', '2024-04-27', '2024-05-01'],
  ['Quốc khánh 2024', '2024-08-31', '2024-09-03'],
  ['Tết Dương lịch 2025', '2025-01-01', '2025-01-01'],
  ['Tết 2025', '2025-01-25', '2025-02-02'],
  ['Giỗ Tổ 2025', '2025-04-05', '2025-04-07'],
  ['30/4–1/5 2025', '2025-04-30', '2025-05-04'],
  ['Quốc khánh 2025', '2025-08-30', '2025-09-02'],
  ['Tết Dương lịch 2026', '2026-01-01', '2026-01-04'],
  ['Tết 2026', '2026-02-14', '2026-02-22'],
  ['Giỗ Tổ 2026', '2026-04-25', '2026-04-27'],
  ['30/4–1/5 2026', '2026-04-30', '2026-05-03'],
  ['Quốc khánh 2026', '2026-08-29', '2026-09-02'],
];

const MAKE_UP_SATURDAYS = ['2024-05-04', '2025-02-08', '2025-04-26', '2026-01-10', '2026-08-22'];

function daysFrom(first: LocalDate, last: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

describe('NATIONAL_CALENDAR', () => {
  it('covers 2021 to 2026', () => {
    expect(Object.keys(NATIONAL_CALENDAR).map(Number)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(ANNOUNCED_BREAKS)('gives %s off from %s to %s, and no day more', (_occasion, first, last) => {
    expect(daysFrom(d(first), d(last)).filter((day) => calendar.isWorkingDay(day))).toEqual([]);
    expect(calendar.isWorkingDay(addDays(d(first), -1))).toBe(true);
    expect(calendar.isWorkingDay(addDays(d(last), 1))).toBe(true);
  });

  it('makes the swapped Saturdays working days', () => {
    expect(MAKE_UP_SATURDAYS.filter((day) => !calendar.isWorkingDay(d(day)))).toEqual([]);
  });

  // A day off listed on a weekend, or a working day listed on a weekday, changes nothing: most likely a typo.
  it('lists only weekdays as days off and only Saturdays as days worked', () => {
    for (const override of Object.values(NATIONAL_CALENDAR)) {
      for (const dayOff of override.daysOff ?? []) {
        const date = d(typeof dayOff === 'string' ? dayOff : dayOff.date);
        expect({ date, weekend: isWeekend(date) }).toEqual({ date, weekend: false });
      }
      for (const worked of override.workingDays ?? []) {
        expect({ date: worked, day: dayOfWeek(d(worked)) }).toEqual({ date: worked, day: SATURDAY });
      }
    }
  });

  it('names each announced day in Vietnamese and English', () => {
    const compensatory = calendar.holidaysIn(2026).find((h) => h.date === '2026-04-27');
    expect(compensatory).toEqual({
      date: '2026-04-27',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      nameEn: 'Hùng Kings’ Commemoration Day (compensatory day off)',
    });
    expect(calendar.holidaysIn(2025).find((h) => h.date === '2025-01-27')?.name).toBe('Nghỉ Tết Nguyên Đán (hoán đổi ngày làm việc)');
  });
});

describe('counting working days on the national calendar', () => {
  it('jumps the Tết 2026 window: 5 working days from Wednesday 11 February is Wednesday 25 February', () => {
    // 12 and 13 February, then nothing until Monday 23 February, then 24 and 25.
    expect(calendar.addWorkingDays(d('2026-02-11'), 5)).toBe('2026-02-25');
    expect(calendar.workingDaysBetween(d('2026-02-11'), d('2026-02-25'))).toBe(5);
  });

  it('skips a compensatory day: the working day after Friday 24 April 2026 is Tuesday 28 April', () => {
    expect(calendar.addWorkingDays(d('2026-04-24'), 1)).toBe('2026-04-28');
  });

  it('counts a make-up Saturday: the working day after Friday 21 August 2026 is Saturday 22 August', () => {
    expect(calendar.addWorkingDays(d('2026-08-21'), 1)).toBe('2026-08-22');
  });
});
