import type { DueDateSpec } from '../calendar/due-date';
import { parseLocalDate } from '../calendar/local-date';
import { smallPlan } from './__fixtures__/plan-fixtures';
import { clonePlanForYear, shiftDateByYears } from './clone-plan';
import type { PlanDefinition } from './plan.types';

function planWith(mutate: (plan: PlanDefinition) => void): PlanDefinition {
  const plan = smallPlan();
  mutate(plan);
  return plan;
}

describe('clonePlanForYear', () => {
  it('moves fixed dates and instants by the year difference and leaves relative dates alone', () => {
    const plan = planWith((p) => {
      p.stages[0].phases[1].dueByLevel.tinh = { kind: 'instant', at: '2026-06-19T16:30:00+07:00' };
    });
    const next = clonePlanForYear(plan, 2027);
    const [launch, review] = next.stages[0].phases;
    expect(launch.opensAt).toEqual({ kind: 'date', date: '2027-03-02' });
    expect(launch.dueByLevel.default).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(review.opensAt).toEqual(plan.stages[0].phases[1].opensAt);
    expect(review.dueByLevel.huyen).toEqual({ kind: 'workingDaysAfter', anchor: 'issued', days: 70 });
    // 19 June 2027 is a Saturday: the instant moves to Monday, same clock time.
    expect(review.dueByLevel.tinh).toEqual({ kind: 'instant', at: '2027-06-21T16:30:00+07:00' });
  });

  it('sets the year, replaces the plan year in the title, and keeps the template key', () => {
    const next = clonePlanForYear(smallPlan(), 2027);
    expect(next.year).toBe(2027);
    expect(next.title).toBe('Kế hoạch phát động phong trào thi đua thử nghiệm năm 2027');
    expect(next.templateKey).toBe('thu-nghiem');
  });

  it('replaces only the plan’s own year, whatever the case, not target years like "đến năm 2030"', () => {
    const plan = planWith((p) => (p.title = 'PHONG TRÀO NĂM 2026, định hướng đến năm 2030 (năm 20261 không phải năm)'));
    expect(clonePlanForYear(plan, 2027).title).toBe('PHONG TRÀO NĂM 2027, định hướng đến năm 2030 (năm 20261 không phải năm)');
  });

  it('moves 29 February to 28 February in a common year', () => {
    const plan = planWith((p) => {
      p.year = 2028;
      p.stages[0].phases[0].opensAt = { kind: 'date', date: '2028-02-29', time: '08:00' };
    });
    expect(clonePlanForYear(plan, 2029).stages[0].phases[0].opensAt).toEqual({
      kind: 'date',
      date: '2029-02-28',
      time: '08:00',
    });
    expect(shiftDateByYears(parseLocalDate('2028-02-29'), 4)).toBe('2032-02-29');
    expect(shiftDateByYears(parseLocalDate('2028-02-29'), 72)).toBe('2100-02-28');
  });

  it('does not change the plan it was given', () => {
    const plan = smallPlan();
    const before = JSON.stringify(plan);
    clonePlanForYear(plan, 2030);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('can move a plan back in time, and refuses a fractional year', () => {
    // 2 March 2025 is a Sunday.
    expect(clonePlanForYear(smallPlan(), 2025).stages[0].phases[0].opensAt).toEqual({
      kind: 'date',
      date: '2025-03-03',
    });
    expect(() => clonePlanForYear(smallPlan(), 2026.5)).toThrow(RangeError);
  });
});

describe('clonePlanForYear never lands on a day off', () => {
  /** The launch due date of a 2025 plan due as `due`, once cloned into 2026. */
  function launchDueIn2026(due: DueDateSpec, calendarOverrides?: PlanDefinition['calendarOverrides']): DueDateSpec {
    const plan = planWith((p) => {
      p.year = 2025;
      p.stages[0].phases[0].dueByLevel.default = due;
      if (calendarOverrides) p.calendarOverrides = calendarOverrides;
    });
    return clonePlanForYear(plan, 2026).stages[0].phases[0].dueByLevel.default;
  }

  it('moves a date that becomes a Saturday to the Monday', () => {
    expect(launchDueIn2026({ kind: 'date', date: '2025-03-07', time: '09:00' })).toEqual({
      kind: 'date',
      date: '2026-03-09',
      time: '09:00',
    });
  });

  it('moves a date that becomes a Tết day past the Tết break', () => {
    expect(launchDueIn2026({ kind: 'date', date: '2025-02-17' })).toEqual({ kind: 'date', date: '2026-02-23' }); // mùng 1 in 2026
  });

  it('moves a date that becomes a compensatory day off of the national calendar', () => {
    expect(launchDueIn2026({ kind: 'date', date: '2025-04-27' })).toEqual({ kind: 'date', date: '2026-04-28' });
  });

  it('keeps a date that stays a working day', () => {
    expect(launchDueIn2026({ kind: 'date', date: '2025-03-31' })).toEqual({ kind: 'date', date: '2026-03-31' });
  });

  it('keeps a day off the author insisted on', () => {
    expect(launchDueIn2026({ kind: 'date', date: '2025-09-02', keepDayOff: true })).toEqual({
      kind: 'date',
      date: '2026-09-02',
      keepDayOff: true,
    });
  });

  it('reads the days off with the plan’s own overrides', () => {
    const worksSaturday7March = { 2026: { workingDays: ['2026-03-07'] } };
    expect(launchDueIn2026({ kind: 'date', date: '2025-03-07' }, worksSaturday7March)).toEqual({ kind: 'date', date: '2026-03-07' });
  });

  it('moves dates into a year before the working-day calendar by the year alone', () => {
    const plan = planWith((p) => {
      p.stages[0].phases[0].dueByLevel.default = { kind: 'date', date: '2026-03-01' };
      p.stages[0].phases[1].dueByLevel.tinh = { kind: 'instant', at: '2026-06-20T17:00:00+07:00' };
    });
    const back = clonePlanForYear(plan, 2020);
    // 1 March and 20 June 2020 are a Sunday and a Saturday, but no 2020 calendar can say what was worked.
    expect(back.stages[0].phases[0].dueByLevel.default).toEqual({ kind: 'date', date: '2020-03-01' });
    expect(back.stages[0].phases[1].dueByLevel.tinh).toEqual({ kind: 'instant', at: '2020-06-20T17:00:00+07:00' });
  });

  it('judges an instant by its Vietnam date, keeping its clock time and offset', () => {
    // 20:00 UTC on Friday 6 March 2026 is 03:00 on Saturday 7 March in Vietnam: two days on is Monday there.
    expect(launchDueIn2026({ kind: 'instant', at: '2025-03-06T20:00:00Z' })).toEqual({ kind: 'instant', at: '2026-03-08T20:00:00Z' });
    expect(launchDueIn2026({ kind: 'instant', at: '2025-03-05T20:00:00Z' })).toEqual({ kind: 'instant', at: '2026-03-05T20:00:00Z' });
  });
});
