import { escalationTarget } from './escalation';
import { planApprovalClock } from './plan-approval-clock';
import { taskDueAt } from './task-limits';
import { smallPlan } from '../plan/__fixtures__/plan-fixtures';

describe('human tasks', () => {
  it('fall due in working days from when they open: a Friday review is due five working days later, at 17:00', () => {
    // Friday 2026-03-06 10:00 Vietnam; five working days later is Friday 2026-03-13.
    expect(taskDueAt('plan_approval', new Date('2026-03-06T03:00:00Z'), undefined).toISOString()).toBe('2026-03-13T10:00:00.000Z');
    // Opened Wednesday 2026-04-29: 30/4 and 1/5 are holidays and the weekend follows, so three working days end on 6 May.
    expect(taskDueAt('report_approval', new Date('2026-04-29T03:00:00Z'), undefined).toISOString()).toBe('2026-05-06T10:00:00.000Z');
  });

  it('take the plan’s own limits, a duration for a compressed run', () => {
    const limits = { report_approval: { kind: 'durationAfter' as const, anchor: 'opened', duration: '30s' } };
    expect(taskDueAt('report_approval', new Date('2026-03-06T03:00:00Z'), limits).toISOString()).toBe('2026-03-06T03:00:30.000Z');
  });

  it('escalate to the head of the same body when only deputies could act, else to the leaders above', () => {
    expect(escalationTarget({ unitCode: 'TQ', roles: ['deputy_leader'] }, null)).toEqual({ unitCode: 'TQ', roles: ['leader'] });
    expect(escalationTarget({ unitCode: 'TQ-YS-THANGQUAN', roles: ['leader', 'deputy_leader'] }, 'TQ-YS')).toEqual({
      unitCode: 'TQ-YS',
      roles: ['leader', 'deputy_leader'],
    });
    expect(escalationTarget({ unitCode: 'TQ', roles: ['leader', 'deputy_leader'] }, null)).toBeNull();
  });

  it('give a plan’s approval chain its clock, lapsing after 60 days unless the plan says otherwise', () => {
    const plan = smallPlan();
    expect(planApprovalClock(plan)).toMatchObject({
      limit: { kind: 'workingDaysAfter', anchor: 'opened', days: 5 },
      expireAfter: '60d',
      reminders: plan.reminders,
    });
    expect(planApprovalClock({ ...plan, approvalLapse: '10d' }).expireAfter).toBe('10d');
  });
});
