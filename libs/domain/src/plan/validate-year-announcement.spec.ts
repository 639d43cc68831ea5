import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { validateYearAnnouncement } from './validate-year-announcement';

describe('a year of the national calendar entered by an administrator', () => {
  it('is read as the calendar uses it, and counts for working days once in force', () => {
    const checked = validateYearAnnouncement(2027, { daysOff: ['2027-02-04', { date: '2027-02-10', name: 'Nghỉ bù' }], workingDays: [] });
    expect(checked.ok).toBe(true);
    const calendar = new WorkingDayCalendar({ national: { 2027: checked.ok ? checked.value : {} } });
    expect(calendar.isWorkingDay('2027-02-04' as never)).toBe(false);
    expect(calendar.addWorkingDays('2027-02-03' as never, 2)).toBe('2027-02-12');
  });

  it('is refused with the field named: an impossible date, a date of another year, a misspelt field', () => {
    expect(validateYearAnnouncement(2027, { daysOff: ['2027-02-30'] }).ok).toBe(false);
    expect(validateYearAnnouncement(2027, { daysOff: ['2028-02-01'] }).ok).toBe(false);
    expect(validateYearAnnouncement(2027, { daysOff: [{ date: '2027-02-10', nmae: 'x' }] })).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ path: 'daysOff[0].nmae' })],
    });
    expect(validateYearAnnouncement(2027, 'Tết')).toMatchObject({ ok: false });
  });
});
