import { openObligation } from './obligation-rules';
import type { ObligationState } from './obligation.types';
import { amendDeadline, shiftAfterSuspension } from './reschedule';

const spec = {
  key: 'so-ket',
  phaseKey: 'so-ket',
  stageKey: 'gd1',
  kind: 'interim_review' as const,
  title: 'Báo cáo sơ kết',
  opensAt: '2026-11-01T00:00:00.000Z',
  dueAt: '2026-12-01T10:00:00.000Z',
};
const at = '2026-11-20T03:00:00.000Z';
const duty = (over: Partial<ObligationState> = {}): ObligationState => ({
  ...openObligation(spec),
  status: 'open',
  remindersSent: 2,
  escalated: true,
  lastAlarmAt: '2026-11-19T10:00:00.000Z',
  ...over,
});
const actor = { officialId: 'x', username: 'x', fullName: 'X', unitCode: 'XA', roles: ['leader' as const] };

describe('an amendment of the plan on one duty', () => {
  it('gives a unit that has not acted the new deadline, its alarms counted afresh from the amendment', () => {
    const effect = amendDeadline(duty(), '2026-12-15T10:00:00.000Z', at);
    expect(effect).toEqual({
      kind: 'moved',
      next: expect.objectContaining({ dueAt: '2026-12-15T10:00:00.000Z', lastAlarmAt: at, escalated: false, version: 1 }),
    });
    expect(effect?.kind === 'moved' && effect.next.spec.dueAt).toBe('2026-12-15T10:00:00.000Z');
  });

  it('sets a deadline "to be announced" as null, and a returned report gets the new date too', () => {
    expect(amendDeadline(duty(), null, at)).toMatchObject({ kind: 'moved', next: { dueAt: null } });
    expect(amendDeadline(duty({ status: 'returned' }), '2026-12-15T10:00:00.000Z', at)?.kind).toBe('moved');
  });

  it('keeps the date a unit already acted by, and changes nothing when the plan’s date did not change', () => {
    expect(amendDeadline(duty({ status: 'submitted' }), '2026-12-15T10:00:00.000Z', at)).toEqual({ kind: 'kept' });
    expect(amendDeadline(duty({ status: 'approved' }), '2026-12-15T10:00:00.000Z', at)).toEqual({ kind: 'kept' });
    expect(amendDeadline(duty(), spec.dueAt, at)).toBeNull();
  });

  it('keeps a later extension the parent granted: the plan-wide change does not take back its word', () => {
    const extended = duty({
      dueAt: '2026-12-20T10:00:00.000Z',
      extensions: [
        {
          requestId: 'x',
          requestedBy: actor,
          requestedAt: at,
          proposedDueAt: '2026-12-20T10:00:00.000Z',
          reason: 'Thiếu số liệu',
          decision: { by: actor, at, granted: true, newDueAt: '2026-12-20T10:00:00.000Z', comment: null },
        },
      ],
    });
    expect(amendDeadline(extended, '2026-12-10T10:00:00.000Z', at)).toMatchObject({ next: { dueAt: '2026-12-20T10:00:00.000Z' } });
    expect(amendDeadline(extended, '2026-12-30T10:00:00.000Z', at)).toMatchObject({ next: { dueAt: '2026-12-30T10:00:00.000Z' } });
  });
});

describe('a resumption on one duty', () => {
  const day = 86_400_000;
  it('moves the deadline and the leader’s approval clock by the pause, no alarm held back sent late', () => {
    const waiting = duty({
      status: 'submitted',
      approvalClock: { submission: 's', dueAt: '2026-11-25T10:00:00.000Z', lastAlarmAt: null, escalated: false },
    });
    const next = shiftAfterSuspension(waiting, 2 * day, at)!;
    expect(next).toMatchObject({
      dueAt: '2026-12-03T10:00:00.000Z',
      lastAlarmAt: at,
      approvalClock: { dueAt: '2026-11-27T10:00:00.000Z', lastAlarmAt: at },
      version: 1,
    });
  });

  it('leaves settled duties and deadlines to be announced as they are', () => {
    expect(shiftAfterSuspension(duty({ status: 'approved' }), day, at)).toBeNull();
    expect(shiftAfterSuspension(duty({ dueAt: null }), day, at)).toMatchObject({ dueAt: null });
    expect(shiftAfterSuspension(duty(), 0, at)).toBeNull();
  });
});
