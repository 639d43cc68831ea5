import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { draftAndSign } from './draft-and-sign';
import { eventually, SystemUnderTest } from './system-under-test';

/**
 * Dates that make sense: a plan whose phases opened before today is refused unless it says when it was
 * issued on paper; entered with that date, the duties already past due open with one notice per unit,
 * not a storm of overdue notices and escalations.
 */
const seed = template as unknown as PlanDefinition;
const onDate = (date: string) => ({ kind: 'date' as const, date });
const backdated: PlanDefinition = {
  ...seed,
  stages: [
    {
      ...seed.stages[0],
      phases: [
        { ...seed.stages[0].phases[0], opensAt: onDate('2025-09-01'), dueByLevel: { default: onDate('2025-09-30') } },
        {
          ...seed.stages[0].phases[1],
          opensAt: onDate('2025-09-01'),
          dueByLevel: { default: { kind: 'durationAfter' as const, anchor: 'issued', duration: '600d' } },
        },
      ].map(({ progressEvery: _none, ...phase }) => phase),
    },
  ],
  reminders: { before: ['1d'], overdueEvery: '30d', escalateAfter: '1s' },
};

describe('plan dates that make sense', () => {
  let system: SystemUnderTest;
  beforeAll(async () => {
    system = await SystemUnderTest.start();
  });
  afterAll(() => system?.stop());

  it('refuses a plan whose phases opened before today, naming each, and creates nothing', async () => {
    const drafter = await system.login('chuyenvien.tinh');
    const refused = await drafter.post('/campaigns', { plan: backdated }).expect(400);
    expect(refused.body.detail).toContain('issuedOn');
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'stages[0].phases[0].opensAt',
      'stages[0].phases[1].opensAt',
    ]);
    expect((await drafter.get('/campaigns').expect(200)).body.total).toBe(0);
  });

  it('takes the plan with its paper issue date; duties already past due open quietly, with one summary per unit and no escalation', async () => {
    const { flow } = await draftAndSign(system, { ...backdated, issuedOn: '2025-08-25' });
    await flow.waitForStatus('running');
    // Thắng Quân's duties are the ones examined below; its two rows exist once its part has opened.
    const rows = await eventually('the commune’s duties open', async () => {
      const all = await flow.progress();
      const commune = all.filter((r) => r.unitCode === 'TQ-YS-THANGQUAN');
      return commune.length === 2 && commune.every((r) => r.status === 'open') && all;
    });
    const mails = (to: string, subject: RegExp) =>
      system.smtp.messages.filter((m) => JSON.stringify(m.to ?? '').includes(`${to}@`) && subject.test(m.subject ?? ''));
    await eventually(
      'the commune’s summary',
      async () => mails('chuyenvien.ys-thangquan', /^\[Đã quá hạn khi giao\] 1 nhiệm vụ/).length === 1,
    );
    // Long enough for an escalation 1 s past due to have fired under the old rules.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(mails('chuyenvien.ys-thangquan', /^\[Việc mới\] /).map((m) => m.subject)).toEqual([
      `[Việc mới] ${seed.stages[0].phases[1].name}`,
    ]);
    expect(mails('lanhdao.ys', /^\[Quá hạn\] /)).toEqual([]);
    const launch = rows.find((r) => r.unitCode === 'TQ-YS-THANGQUAN' && r.obligationKey === 'phat-dong')!;
    expect(new Date(launch.dueAt).toISOString()).toBe('2025-09-30T10:00:00.000Z');
  });
});
