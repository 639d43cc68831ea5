import type { ActorRef } from '../approval/approval.types';
import { demoProvince } from '../plan/__fixtures__/org-fixtures';
import { selectParticipants } from '../plan/participants';
import { readRequestDue } from './request-due';
import { requestPlan } from './request-plan';
import { refuseReportRequest } from './request-rules';
import type { ReportRequestDraft } from './report-request.types';

const org = demoProvince();
const now = new Date('2026-11-30T03:00:00Z');
const leader: ActorRef = { officialId: 'l', username: 'l', fullName: 'L', unitCode: 'TQ-YS', roles: ['leader'] };
const draft = (recipients: ReportRequestDraft['recipients']): ReportRequestDraft => ({
  kind: 'report',
  title: 'Báo cáo nhanh',
  content: 'Số hộ nghèo được hỗ trợ',
  recipients,
  due: { kind: 'workingDaysAfter', anchor: 'issued', days: 5 },
});
const refusal = (actor: ActorRef, recipients: ReportRequestDraft['recipients'], dueAt = new Date('2026-12-07T10:00:00Z')) => {
  const plan = requestPlan(draft(recipients), 'TQ-YS', 2026);
  return refuseReportRequest(actor, 'TQ-YS', recipients, selectParticipants(plan, org), org, dueAt, now);
};

describe('a request for a report outside the phases', () => {
  it('runs as one phase owed by the units asked from the moment it is sent, nothing owed by the requester', () => {
    const plan = requestPlan(draft({ levels: ['xa'] }), 'TQ-YS', 2026);
    expect(plan.stages).toHaveLength(1);
    expect(plan.stages[0].phases).toEqual([
      expect.objectContaining({ key: 'request', kind: 'request', dueByLevel: { default: draft({}).due } }),
    ]);
    expect(selectParticipants(plan, org).every((p) => p.reportsTo === 'TQ-YS' && p.levelCode === 'xa')).toBe(true);
  });

  it('is sent by a leader of the unit, to units below it, with a deadline ahead', () => {
    expect(refusal(leader, { levels: ['xa'] })).toBeUndefined();
    expect(refusal({ ...leader, roles: ['specialist'] }, { levels: ['xa'] })?.kind).toBe('forbidden');
    expect(refusal({ ...leader, unitCode: 'TQ' }, { levels: ['xa'] })?.kind).toBe('forbidden');
    expect(refusal(leader, { unitCodes: ['TQ-SD-TUTHINH'] })?.message).toContain('TQ-SD-TUTHINH');
    expect(refusal(leader, { levels: ['tinh'] })?.kind).toBe('invalid');
    expect(refusal(leader, { levels: ['xa'] }, new Date('2026-11-29T00:00:00Z'))?.message).toContain('đã qua');
  });

  it('reads its deadline as a plan’s, counted from the moment it is sent, never "to be announced"', () => {
    const due = readRequestDue({ kind: 'workingDaysAfter', anchor: 'issued', days: 5 }, now);
    expect(due.ok && due.dueAt.toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(readRequestDue({ kind: 'announcedLater' }, now).ok).toBe(false);
    expect(readRequestDue({ kind: 'workingDaysAfter', anchor: 'so-ket.due', days: 5 }, now)).toMatchObject({ ok: false });
    expect(readRequestDue({ kind: 'date', dat: '2026-12-10' }, now)).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([expect.objectContaining({ path: 'due.dat' })]),
    });
  });
});
