import type { ActorRef, ApprovalStep, DecisionRecord } from '../approval/approval.types';
import { openObligation } from '../obligation/obligation-rules';
import type { ObligationState } from '../obligation/obligation.types';
import { alarmEntry, obligationEventEntries, planDecisionEntry, planSubmittedEntry } from './decision-entries';

const actor = (username: string, unitCode: string, roles: ActorRef['roles']): ActorRef => ({
  officialId: `id-${username}`,
  username,
  fullName: username,
  unitCode,
  roles,
});
const deputy = actor('pho.tinh', 'TQ', ['deputy_leader']);
const signing: ApprovalStep = { key: 'sign', label: 'Ký ban hành', unitCode: 'TQ', roles: ['leader', 'deputy_leader'], signs: true };
const obligation = (change: Partial<ObligationState> = {}): ObligationState => ({
  ...openObligation({
    key: 'so-ket',
    phaseKey: 'so-ket',
    stageKey: 'gd1',
    kind: 'interim_review',
    title: 'Báo cáo sơ kết',
    opensAt: '2026-06-01T01:00:00.000Z',
    dueAt: '2026-06-30T10:00:00.000Z',
  }),
  status: 'open',
  ...change,
});

describe('decision entries', () => {
  it('records the drafter’s first submission and a signature, with the role acted in and the capacity', () => {
    expect(planSubmittedEntry(actor('chuyenvien.tinh', 'TQ', ['specialist']), 'TQ', '2026-01-10T02:00:00.000Z', 1)).toMatchObject({
      eventKey: 'submitted#1',
      action: 'plan_submitted',
      actor: { username: 'chuyenvien.tinh', role: 'specialist' },
      values: { round: 1 },
    });
    const record: DecisionRecord = {
      requestId: 'r-9',
      action: 'approve',
      actor: deputy,
      stepKey: 'sign',
      capacity: 'KT',
      comment: 'Đồng ý',
      at: '2026-01-12T02:00:00.000Z',
      round: 1,
    };
    expect(planDecisionEntry(record, signing, 'TQ')).toMatchObject({
      eventKey: 'r-9',
      action: 'plan_signed',
      actor: { role: 'deputy_leader' },
      capacity: 'KT',
      unitCode: 'TQ',
      comment: 'Đồng ý',
    });
    expect(planDecisionEntry({ ...record, action: 'return', capacity: null }, { ...signing, signs: false }, 'TQ').action).toBe(
      'plan_returned',
    );
  });

  it('records a granted extension against the due date in force before it, with the new one among its values', () => {
    const parent = actor('lanhdao.ys', 'TQ-YS', ['leader']);
    const before = obligation({
      extensions: [
        {
          requestId: 'r-1',
          requestedBy: parent,
          requestedAt: '2026-06-29T00:00:00.000Z',
          proposedDueAt: '2026-07-05T10:00:00.000Z',
          reason: 'Ốm',
        },
      ],
    });
    const after: ObligationState = {
      ...before,
      dueAt: '2026-07-05T10:00:00.000Z',
      history: [
        {
          requestId: 'r-2',
          action: 'grant_extension',
          actor: parent,
          at: '2026-06-29T05:00:00.000Z',
          comment: 'Đồng ý gia hạn',
          capacity: null,
        },
      ],
    };
    expect(obligationEventEntries(before, after, 'TQ-YS-THANGQUAN')).toEqual([
      expect.objectContaining({
        action: 'extension_granted',
        dueAt: '2026-06-30T10:00:00.000Z',
        values: { newDueAt: '2026-07-05T10:00:00.000Z' },
        actor: expect.objectContaining({ role: 'leader' }),
      }),
    ]);
  });

  it('records each nomination’s outcome on the nominating unit when the issuer approves its decisions', () => {
    const leader = actor('lanhdao.tinh', 'TQ', ['leader']);
    const content = {
      summary: 'Quyết định',
      nominationDecisions: [
        { unitCode: 'TQ-YS', index: 0, outcome: 'rejected' as const, comment: 'Chưa đủ tiêu chuẩn' },
        { unitCode: 'TQ-SD', index: 0, outcome: 'approved' as const },
      ],
    };
    const after = obligation({
      status: 'approved',
      content,
      history: [{ requestId: 'r-5', action: 'approve', actor: leader, at: '2026-12-01T00:00:00.000Z', comment: null }],
    });
    const entries = obligationEventEntries(obligation({ status: 'submitted', content }), after, 'TQ');
    expect(entries.map((e) => [e.eventKey, e.action, e.unitCode, e.comment])).toEqual([
      ['r-5', 'report_approved', 'TQ', null],
      ['r-5#TQ-YS#0', 'nomination_decided', 'TQ-YS', 'Chưa đủ tiêu chuẩn'],
      ['r-5#TQ-SD#0', 'nomination_decided', 'TQ-SD', null],
    ]);
  });

  it('keys an alarm by its kind and instant, so a replayed timer logs it once', () => {
    const entry = alarmEntry(
      { key: 'so-ket', dueAt: obligation().dueAt! },
      { kind: 'escalation', at: new Date('2026-07-01T10:00:00.000Z') },
      'TQ-YS-THANGQUAN',
      'TQ-YS',
    );
    expect(entry).toMatchObject({
      eventKey: 'so-ket|escalation|2026-07-01T10:00:00.000Z',
      action: 'escalated',
      actor: null,
      values: { escalatedTo: 'TQ-YS' },
      dueAt: '2026-06-30T10:00:00.000Z',
    });
  });
});
