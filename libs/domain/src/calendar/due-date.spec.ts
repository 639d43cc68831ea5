import { LocalDate, parseLocalDate } from './local-date';
import { DEFAULT_DUE_TIME, resolveDueDate } from './due-date';
import { WorkingDayCalendar } from './working-day-calendar';

const calendar = new WorkingDayCalendar();
const anchors: Record<string, LocalDate> = {
  phatDongPhongTrao: parseLocalDate('2026-02-13'),
  hanNopHoSo: parseLocalDate('2026-03-09'),
};

describe('resolveDueDate', () => {
  it('is due at 17:00 Vietnam time by default', () => {
    expect(DEFAULT_DUE_TIME).toBe('17:00');
    const due = resolveDueDate({ kind: 'date', date: '2026-03-20' }, anchors, calendar);
    expect(due.date).toBe('2026-03-20');
    expect(due.instant.toISOString()).toBe('2026-03-20T10:00:00.000Z');
  });

  it('honours an explicit time of day', () => {
    const due = resolveDueDate({ kind: 'date', date: '2026-03-20', time: '08:30' }, anchors, calendar);
    expect(due.instant.toISOString()).toBe('2026-03-20T01:30:00.000Z');
  });

  it('moves a fixed date on a Sunday to the Monday, at the time written', () => {
    const due = resolveDueDate({ kind: 'date', date: '2026-03-08', time: '08:30' }, anchors, calendar);
    expect(due.date).toBe('2026-03-09');
    expect(due.instant.toISOString()).toBe('2026-03-09T01:30:00.000Z');
  });

  it('moves a fixed date on a holiday or an announced day off to the next working day', () => {
    expect(resolveDueDate({ kind: 'date', date: '2026-02-17' }, anchors, calendar).date).toBe('2026-02-23'); // mùng 1 Tết
    expect(resolveDueDate({ kind: 'date', date: '2026-04-27' }, anchors, calendar).date).toBe('2026-04-28'); // nghỉ bù
  });

  it('keeps a fixed date on a day off when the plan says keepDayOff', () => {
    const due = resolveDueDate({ kind: 'date', date: '2026-03-08', keepDayOff: true }, anchors, calendar);
    expect(due.date).toBe('2026-03-08');
    expect(due.instant.toISOString()).toBe('2026-03-08T10:00:00.000Z');
  });

  it('keeps a fixed date on a make-up Saturday, which is a working day', () => {
    expect(resolveDueDate({ kind: 'date', date: '2026-08-22' }, anchors, calendar).date).toBe('2026-08-22');
  });

  it('judges a fixed date by the plan’s overrides before the national calendar', () => {
    const planWorksOnTheNghiBu = new WorkingDayCalendar({ overrides: { 2026: { workingDays: ['2026-04-27'] } } });
    expect(resolveDueDate({ kind: 'date', date: '2026-04-27' }, anchors, planWorksOnTheNghiBu).date).toBe('2026-04-27');
  });

  it('keeps a fixed date from before the Labour Code 2019 calendar as written', () => {
    expect(resolveDueDate({ kind: 'date', date: '2020-11-01' }, anchors, calendar).date).toBe('2020-11-01'); // a Sunday
  });

  it('counts working days after a named milestone, skipping Tết', () => {
    const due = resolveDueDate({ kind: 'workingDaysAfter', anchor: 'phatDongPhongTrao', days: 1 }, anchors, calendar);
    expect(due.date).toBe('2026-02-23');
    expect(due.instant.toISOString()).toBe('2026-02-23T10:00:00.000Z');
  });

  it('counts backwards for negative days ("3 working days before the deadline")', () => {
    const due = resolveDueDate({ kind: 'workingDaysAfter', anchor: 'hanNopHoSo', days: -3, time: '09:00' }, anchors, calendar);
    expect(due.date).toBe('2026-03-04');
    expect(due.instant.toISOString()).toBe('2026-03-04T02:00:00.000Z');
  });

  it('uses the calendar it is given, overrides included', () => {
    const withMakeUpSaturday = new WorkingDayCalendar({ overrides: { 2026: { workingDays: ['2026-03-07'] } } });
    const spec = { kind: 'workingDaysAfter', anchor: 'hanNopHoSo', days: -1 } as const;
    expect(resolveDueDate(spec, anchors, calendar).date).toBe('2026-03-06');
    expect(resolveDueDate(spec, anchors, withMakeUpSaturday).date).toBe('2026-03-07');
  });

  it('names the unknown milestone and the known ones', () => {
    expect(() => resolveDueDate({ kind: 'workingDaysAfter', anchor: 'hopHoiDong', days: 5 }, anchors, calendar)).toThrow(
      'Due date refers to unknown milestone "hopHoiDong" (known: "hanNopHoSo", "phatDongPhongTrao")',
    );
    expect(() => resolveDueDate({ kind: 'workingDaysAfter', anchor: 'x', days: 5 }, {}, calendar)).toThrow('(known: none)');
  });

  it('does not mistake inherited object properties for milestones', () => {
    expect(() => resolveDueDate({ kind: 'workingDaysAfter', anchor: 'constructor', days: 1 }, anchors, calendar)).toThrow(
      /unknown milestone "constructor"/,
    );
  });

  it('rejects malformed specs with a message naming the problem', () => {
    expect(() => resolveDueDate({ kind: 'date', date: '20/03/2026' }, anchors, calendar)).toThrow(/YYYY-MM-DD/);
    expect(() => resolveDueDate({ kind: 'date', date: '2026-03-20', time: '5pm' }, anchors, calendar)).toThrow(/invalid time "5pm"/);
    expect(() => resolveDueDate({ kind: 'workingDaysAfter', anchor: 'hanNopHoSo', days: 2.5 }, anchors, calendar)).toThrow(
      'Due date "2.5 working days after hanNopHoSo" needs a whole number of days',
    );
  });
});

describe('resolveDueDate with instants (compressed test runs)', () => {
  const launchedAt = new Date('2026-02-13T09:15:00Z'); // 16:15 in Vietnam
  const instantAnchors = { ...anchors, launched: launchedAt, lateEvening: new Date('2026-02-13T16:30:00Z') };

  it('takes an exact instant and dates it in Vietnam', () => {
    const due = resolveDueDate({ kind: 'instant', at: '2026-03-20T23:30:00+07:00' }, anchors, calendar);
    expect(due.instant.toISOString()).toBe('2026-03-20T16:30:00.000Z');
    expect(due.date).toBe('2026-03-20');
    // 18:00 UTC is already the next day in Vietnam.
    expect(resolveDueDate({ kind: 'instant', at: '2026-03-20T18:00:00Z' }, anchors, calendar).date).toBe('2026-03-21');
  });

  it('rejects an instant without an offset, which would be read in the machine zone', () => {
    expect(() => resolveDueDate({ kind: 'instant', at: '2026-03-20T10:00:00' }, anchors, calendar)).toThrow(
      /Not an instant.*with an offset/,
    );
    expect(() => resolveDueDate({ kind: 'instant', at: '2026-02-30T10:00:00Z' }, anchors, calendar)).toThrow(/Not an instant/);
  });

  it('adds real elapsed time to an instant milestone, ignoring working days', () => {
    const due = resolveDueDate({ kind: 'durationAfter', anchor: 'launched', duration: '30s' }, instantAnchors, calendar);
    expect(due.instant.toISOString()).toBe('2026-02-13T09:15:30.000Z');
    // Three real days from Friday 13 Feb land on Monday 16 Feb, in the middle of Tết.
    const overTet = resolveDueDate({ kind: 'durationAfter', anchor: 'launched', duration: '3d' }, instantAnchors, calendar);
    expect(overTet.date).toBe('2026-02-16');
  });

  it('dates a duration result on Vietnam time', () => {
    // 23:30 on the 13th in Vietnam plus one hour is 00:30 on the 14th there, still the 13th in UTC.
    const due = resolveDueDate({ kind: 'durationAfter', anchor: 'lateEvening', duration: '1h' }, instantAnchors, calendar);
    expect(due.instant.toISOString()).toBe('2026-02-13T17:30:00.000Z');
    expect(due.date).toBe('2026-02-14');
  });

  it('needs an instant, not a date, for a duration milestone', () => {
    expect(() => resolveDueDate({ kind: 'durationAfter', anchor: 'hanNopHoSo', duration: '2h' }, anchors, calendar)).toThrow(
      'Due date "2h after hanNopHoSo" needs an instant for milestone "hanNopHoSo", not the date 2026-03-09',
    );
  });

  it('rejects a malformed duration and an unknown milestone', () => {
    expect(() => resolveDueDate({ kind: 'durationAfter', anchor: 'launched', duration: '2 weeks' }, instantAnchors, calendar)).toThrow(
      /Not a duration/,
    );
    expect(() => resolveDueDate({ kind: 'durationAfter', anchor: 'nope', duration: '2h' }, instantAnchors, calendar)).toThrow(
      /unknown milestone "nope"/,
    );
  });

  it('counts working days from the Vietnam date of an instant milestone', () => {
    // 16:30 UTC on the 13th is still Friday 13 Feb in Vietnam (23:30); one working day later is after Tết.
    const due = resolveDueDate({ kind: 'workingDaysAfter', anchor: 'lateEvening', days: 1 }, instantAnchors, calendar);
    expect(due.date).toBe('2026-02-23');
    const nextMorning = { at: new Date('2026-02-13T17:00:00Z') }; // 00:00 Saturday 14 Feb in Vietnam
    expect(resolveDueDate({ kind: 'workingDaysAfter', anchor: 'at', days: -1 }, nextMorning, calendar).date).toBe('2026-02-13');
  });
});
