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
    expect(review.dueByLevel.tinh).toEqual({ kind: 'instant', at: '2027-06-19T16:30:00+07:00' });
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
    expect(clonePlanForYear(smallPlan(), 2025).stages[0].phases[0].opensAt).toEqual({
      kind: 'date',
      date: '2025-03-02',
    });
    expect(() => clonePlanForYear(smallPlan(), 2026.5)).toThrow(RangeError);
  });
});
