import { nextAlarm } from './alarm-schedule';

const policy = { before: ['3d', '1d', '0s'], overdueEvery: '1d', escalateAfter: '2d' };
const due = new Date('2026-12-10T10:00:00Z');
const day = 86_400_000;
const at = (offsetDays: number) => new Date(due.getTime() + offsetDays * day);

describe('nextAlarm', () => {
  it('schedules the reminders before the due instant, in order', () => {
    expect(nextAlarm({ dueAt: due, lastAlarmAt: null, escalated: false }, policy, at(-10))).toEqual({ at: at(-3), kind: 'reminder' });
    expect(nextAlarm({ dueAt: due, lastAlarmAt: at(-3), escalated: false }, policy, at(-3))).toEqual({ at: at(-1), kind: 'reminder' });
    expect(nextAlarm({ dueAt: due, lastAlarmAt: at(-1), escalated: false }, policy, at(-1))).toEqual({ at: due, kind: 'due_today' });
  });

  it('repeats overdue notices, and escalates once when overdue long enough', () => {
    expect(nextAlarm({ dueAt: due, lastAlarmAt: due, escalated: false }, policy, due)).toEqual({ at: at(1), kind: 'overdue' });
    expect(nextAlarm({ dueAt: due, lastAlarmAt: at(1), escalated: false }, policy, at(1))).toEqual({ at: at(2), kind: 'escalation' });
    expect(nextAlarm({ dueAt: due, lastAlarmAt: at(2), escalated: true }, policy, at(2))).toEqual({ at: at(3), kind: 'overdue' });
  });

  it('after an outage fires only the latest missed alarm, at once', () => {
    const now = at(-0.5);
    expect(nextAlarm({ dueAt: due, lastAlarmAt: null, escalated: false }, policy, now)).toEqual({ at: now, kind: 'reminder' });
    const late = at(5);
    expect(nextAlarm({ dueAt: due, lastAlarmAt: null, escalated: false }, policy, late)).toEqual({ at: late, kind: 'escalation' });
  });

  it('follows a moved due date: an extension restarts the reminders before the new one', () => {
    const extended = at(10);
    expect(nextAlarm({ dueAt: extended, lastAlarmAt: at(2), escalated: true }, policy, at(3))).toEqual({
      at: new Date(extended.getTime() - 3 * day),
      kind: 'reminder',
    });
  });
});
