import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { smallPlan } from './__fixtures__/plan-fixtures';
import type { PlanDefinition } from './plan.types';
import { resolveLevelTimes, resolvePhaseSchedule } from './schedule';

const calendar = new WorkingDayCalendar();
const issuedAt = new Date('2026-03-02T03:00:00Z'); // 10:00 Monday 2 March in Vietnam
const iso = (d: Date | null) => d!.toISOString();

describe('resolvePhaseSchedule', () => {
  it('gives every phase in plan order, opening at the start of the day and due at 17:00 by default', () => {
    const schedule = resolvePhaseSchedule(smallPlan(), 'xa', issuedAt, calendar);
    expect(schedule.map((s) => ({ ...s, opensAt: iso(s.opensAt), dueAt: iso(s.dueAt) }))).toEqual([
      {
        phaseKey: 'phat-dong',
        stageKey: 'gd1',
        kind: 'launch',
        opensAt: '2026-03-01T17:00:00.000Z',
        dueAt: '2026-03-31T10:00:00.000Z',
      },
      // One working day after the launch is due (Tuesday 31 March): Wednesday 1 April.
      {
        phaseKey: 'so-ket',
        stageKey: 'gd1',
        kind: 'interim_review',
        opensAt: '2026-03-31T17:00:00.000Z',
        dueAt: '2026-06-10T10:00:00.000Z',
      },
    ]);
  });

  it('counts from the issue instant for the level that uses it', () => {
    // 70 working days after Monday 2 March 2026, skipping Giỗ Tổ (26 Apr is a Sunday), 30/4 and 1/5.
    const [, soKet] = resolvePhaseSchedule(smallPlan(), 'huyen', issuedAt, calendar);
    expect(iso(soKet.dueAt)).toBe(atFive(calendar.addWorkingDays('2026-03-02' as never, 70)));
  });

  it('uses the default for a level not listed, and fails for a level with neither', () => {
    const plan = smallPlan();
    plan.stages[0].phases.pop();
    expect(iso(resolvePhaseSchedule(plan, 'thon', issuedAt, calendar)[0].dueAt)).toBe('2026-03-31T10:00:00.000Z');
    expect(() => resolvePhaseSchedule(smallPlan(), 'thon', issuedAt, calendar)).toThrow(
      'Phase "so-ket" has no due date for level "thon" and no default',
    );
  });

  it('resolves milestones in dependency order, whatever the order of the phases', () => {
    const plan = smallPlan();
    const [launch, review] = plan.stages[0].phases;
    launch.opensAt = { kind: 'workingDaysAfter', anchor: 'so-ket.opens', days: -20 };
    review.opensAt = { kind: 'durationAfter', anchor: 'issued', duration: '2h' };
    const [first, second] = resolvePhaseSchedule(plan, 'tinh', issuedAt, calendar);
    expect(iso(second.opensAt)).toBe('2026-03-02T05:00:00.000Z');
    // 20 working days before Monday 2 March, skipping the Tết week of 16–20 February: Monday 26 January.
    expect(iso(first.opensAt)).toBe('2026-01-25T17:00:00.000Z');
  });

  it('is the same every time it is called (deterministic)', () => {
    const a = resolvePhaseSchedule(smallPlan(), 'huyen', issuedAt, calendar).map((s) => iso(s.dueAt));
    const b = resolvePhaseSchedule(smallPlan(), 'huyen', issuedAt, new WorkingDayCalendar()).map((s) => iso(s.dueAt));
    expect(a).toEqual(b);
  });
});

describe('resolveLevelTimes failures', () => {
  const withPhases = (mutate: (plan: PlanDefinition) => void): PlanDefinition => {
    const plan = smallPlan();
    mutate(plan);
    return plan;
  };

  it('reports a cycle and its consequences instead of looping', () => {
    const plan = withPhases((p) => {
      p.stages[0].phases[0].opensAt = { kind: 'workingDaysAfter', anchor: 'so-ket.opens', days: 1 };
      p.stages[0].phases[1].opensAt = { kind: 'durationAfter', anchor: 'phat-dong.opens', duration: '1d' };
    });
    const { failures } = resolveLevelTimes(plan, 'xa', { issued: issuedAt }, calendar);
    expect(failures.map((f) => [f.phaseKey, f.field, f.reason])).toEqual(
      expect.arrayContaining([
        ['phat-dong', 'opensAt', 'cycle'],
        ['so-ket', 'opensAt', 'cycle'],
      ]),
    );
  });

  it('names an unknown milestone, and separates dates that fail because another did', () => {
    const plan = withPhases((p) => {
      p.stages[0].phases[0].dueByLevel = { default: { kind: 'workingDaysAfter', anchor: 'hop-hoi-dong', days: 1 } };
    });
    const { failures, times } = resolveLevelTimes(plan, 'tinh', { issued: issuedAt }, calendar);
    expect(failures).toEqual([
      {
        stageIndex: 0,
        phaseIndex: 0,
        phaseKey: 'phat-dong',
        field: 'due',
        dueKey: 'default',
        reason: 'unknown-anchor',
        anchor: 'hop-hoi-dong',
      },
      {
        stageIndex: 0,
        phaseIndex: 1,
        phaseKey: 'so-ket',
        field: 'opensAt',
        reason: 'unresolved-anchor',
        anchor: 'phat-dong.due',
      },
    ]);
    expect(times.get('so-ket')?.dueAt).toBeInstanceOf(Date);
  });

  it('reports a malformed spec with the calendar message', () => {
    const plan = withPhases((p) => {
      p.stages[0].phases[1].dueByLevel.tinh = { kind: 'date', date: '19/06/2026' };
    });
    const { failures } = resolveLevelTimes(plan, 'tinh', { issued: issuedAt }, calendar);
    expect(failures).toEqual([expect.objectContaining({ reason: 'invalid', dueKey: 'tinh', detail: expect.stringMatching(/YYYY-MM-DD/) })]);
  });
});

function atFive(date: string): string {
  return new Date(`${date}T10:00:00.000Z`).toISOString();
}

describe('a due date to be announced', () => {
  it('has no instant, nor has any due date counted from it; the other phases keep theirs', () => {
    const plan = smallPlan();
    const [launch, review] = plan.stages[0].phases;
    launch.dueByLevel = { default: { kind: 'announcedLater' } };
    review.dueByLevel = { default: { kind: 'workingDaysAfter', anchor: 'phat-dong.due', days: 10 } };
    review.opensAt = { kind: 'date', date: '2026-06-01' };
    const { times, failures } = resolveLevelTimes(plan, 'xa', { issued: issuedAt }, calendar);
    expect(failures).toEqual([]);
    expect(times.get('phat-dong')).toMatchObject({ dueAt: null });
    expect(times.get('so-ket')).toMatchObject({ dueAt: null });
    expect(iso(times.get('so-ket')!.opensAt!)).toBe('2026-05-31T17:00:00.000Z');
  });

  it('cannot open a phase: an opening counted from it is refused', () => {
    const plan = smallPlan();
    plan.stages[0].phases[0].dueByLevel = { default: { kind: 'announcedLater' } };
    const { failures } = resolveLevelTimes(plan, 'xa', { issued: issuedAt }, calendar);
    expect(failures).toEqual([expect.objectContaining({ phaseKey: 'so-ket', field: 'opensAt', reason: 'invalid' })]);
  });
});

describe('a phase owed by some participants only', () => {
  it('needs no dates for a level its scope leaves out, and gives none', () => {
    const plan = smallPlan();
    plan.stages[0].phases[1].appliesTo = { levels: ['xa'] };
    expect(resolvePhaseSchedule(plan, 'xa', issuedAt, calendar).map((s) => s.phaseKey)).toEqual(['phat-dong', 'so-ket']);
    expect(resolvePhaseSchedule(plan, 'huyen', issuedAt, calendar).map((s) => s.phaseKey)).toEqual(['phat-dong']);
  });
});
