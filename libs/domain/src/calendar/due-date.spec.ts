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

  it('keeps a fixed date even when it is not a working day', () => {
    expect(resolveDueDate({ kind: 'date', date: '2026-02-17' }, anchors, calendar).date).toBe('2026-02-17');
  });

  it('counts working days after a named milestone, skipping Tết', () => {
    const due = resolveDueDate({ kind: 'workingDaysAfter', anchor: 'phatDongPhongTrao', days: 1 }, anchors, calendar);
    expect(due.date).toBe('2026-02-23');
    expect(due.instant.toISOString()).toBe('2026-02-23T10:00:00.000Z');
  });

  it('counts backwards for negative days ("3 working days before the deadline")', () => {
    const due = resolveDueDate(
      { kind: 'workingDaysAfter', anchor: 'hanNopHoSo', days: -3, time: '09:00' },
      anchors,
      calendar,
    );
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
    expect(() =>
      resolveDueDate({ kind: 'workingDaysAfter', anchor: 'hopHoiDong', days: 5 }, anchors, calendar),
    ).toThrow('Due date refers to unknown milestone "hopHoiDong" (known: "hanNopHoSo", "phatDongPhongTrao")');
    expect(() => resolveDueDate({ kind: 'workingDaysAfter', anchor: 'x', days: 5 }, {}, calendar)).toThrow(
      '(known: none)',
    );
  });

  it('does not mistake inherited object properties for milestones', () => {
    expect(() =>
      resolveDueDate({ kind: 'workingDaysAfter', anchor: 'constructor', days: 1 }, anchors, calendar),
    ).toThrow(/unknown milestone "constructor"/);
  });

  it('rejects malformed specs with a message naming the problem', () => {
    expect(() => resolveDueDate({ kind: 'date', date: '20/03/2026' }, anchors, calendar)).toThrow(/YYYY-MM-DD/);
    expect(() => resolveDueDate({ kind: 'date', date: '2026-03-20', time: '5pm' }, anchors, calendar)).toThrow(
      /invalid time "5pm"/,
    );
    expect(() =>
      resolveDueDate({ kind: 'workingDaysAfter', anchor: 'hanNopHoSo', days: 2.5 }, anchors, calendar),
    ).toThrow('Due date "2.5 working days after hanNopHoSo" needs a whole number of days');
  });
});
