import { relativeDue } from './relative-due';

// 09:00 on 10 March 2026 in Vietnam (UTC+7).
const now = new Date('2026-03-10T02:00:00Z');

describe('relativeDue counts Vietnamese calendar days', () => {
  it.each([
    ['2026-03-13T10:00:00+07:00', { kind: 'daysLeft', days: 3 }],
    ['2026-03-10T23:59:00+07:00', { kind: 'today' }],
    ['2026-03-10T08:00:00+07:00', { kind: 'overdueToday' }],
    ['2026-03-08T17:00:00+07:00', { kind: 'overdue', days: 2 }],
    // 23:30 UTC on the 10th is already the 11th in Vietnam: one day left, not today.
    ['2026-03-10T23:30:00Z', { kind: 'daysLeft', days: 1 }],
  ])('%s', (dueAt, expected) => expect(relativeDue(dueAt, now)).toEqual(expected));

  it('says a deadline still to be announced is so', () => expect(relativeDue(null, now)).toEqual({ kind: 'toBeAnnounced' }));
});
