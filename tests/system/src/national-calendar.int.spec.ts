import type { DueDateSpec, PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { CampaignFlow } from './campaign-flow';
import { compressPlan } from './compressed-plan';
import { draftAndSign } from './draft-and-sign';
import { eventually, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * The national working-day calendar as data: the shipped years count Tết and nghỉ bù; an administrator
 * enters a year the software did not ship with, and every plan counts on it from then on; a clone moves
 * its dates by the calendar and never onto a day off.
 */
const base = compressPlan(
  template as unknown as PlanDefinition,
  'giai-doan-1',
  Object.fromEntries(
    ['phat-dong', 'trien-khai', 'so-ket-2023', 'tong-ket-2025', 'khen-thuong-2025'].map((key) => [key, { opens: 0, due: {} }]),
  ),
  { before: ['1d'], overdueEvery: '1d', escalateAfter: '3d' },
);
const date = (d: string): DueDateSpec => ({ kind: 'date', date: d });
/** The plan with these due dates for every level, phases opening at issue. */
function withDues(dues: Record<string, DueDateSpec>, extra: Partial<PlanDefinition> = {}): PlanDefinition {
  return {
    ...base,
    ...extra,
    stages: base.stages.map((stage) => ({
      ...stage,
      phases: stage.phases.map((phase) => ({ ...phase, dueByLevel: { default: dues[phase.key] } })),
    })),
  };
}
/** 17:00 in Vietnam on that day, as the progress page shows a due date without a time. */
const atFive = (day: string) => `${day}T10:00:00.000Z`;

describe('the national working-day calendar', () => {
  let system: SystemUnderTest;
  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
  });
  afterAll(() => system?.stop());

  const dueOf = async (flow: CampaignFlow, key: string) =>
    eventually(`${key} on the commune’s progress`, async () => {
      const row = (await flow.progress()).find((r) => r.unitCode === 'TQ-YS-THANGQUAN' && r.obligationKey === key);
      return row?.dueAt;
    });

  it('counts working days over the shipped nghỉ bù: five days from Monday 20 April 2026 end on Tuesday 28 April', async () => {
    // Giỗ Tổ fell on Sunday 26 April 2026, so Monday 27 April was a day off (nghỉ bù).
    const plan = withDues(
      {
        'phat-dong': { kind: 'workingDaysAfter', anchor: 'issued', days: 5 },
        'trien-khai': date('2027-03-31'),
        'so-ket-2023': date('2027-04-15'),
        'tong-ket-2025': date('2027-06-30'),
        'khen-thuong-2025': date('2027-07-15'),
      },
      { issuedOn: '2026-04-20' },
    );
    const { flow } = await draftAndSign(system, plan);
    expect(await dueOf(flow, 'phat-dong')).toBe(atFive('2026-04-28'));
  });

  it('takes a year an administrator entered, for every plan from then on: three working days after 3 February 2027 cross Tết', async () => {
    const admin = await system.login('quantri');
    const tet2027 = {
      daysOff: ['2027-02-04', { date: '2027-02-10', name: 'Nghỉ bù Tết Nguyên đán' }, '2027-02-11'],
      workingDays: ['2027-02-20'],
      source: 'Lịch nghỉ Tết Nguyên đán 2027 (dữ liệu kiểm thử)',
    };
    await system.http().put('/admin/calendar/2027').send(tet2027).expect(401);
    const official = await system.login('lanhdao.tinh');
    expect((await official.put('/admin/calendar/2027', tet2027)).status).toBe(403);
    const invalid = await admin.put('/admin/calendar/2027', { ...tet2027, daysOff: ['2027-02-30'] });
    expect(invalid.status).toBe(400);
    const misspelt = await admin.put('/admin/calendar/2027', { ...tet2027, daysOff: [{ date: '2027-02-10', nmae: 'x' }] });
    expect([misspelt.status, JSON.stringify(misspelt.body)]).toEqual([400, expect.stringContaining('nmae')]);
    expect((await admin.get('/calendar/2027').expect(200)).body.source).toBe('statutory');

    const entered = await admin.put('/admin/calendar/2027', tet2027);
    expect(entered.status).toBe(200);
    expect(entered.body).toMatchObject({ year: 2027, source: 'administrator', reference: tet2027.source });
    const days = (await official.get('/calendar/2027').expect(200)).body.daysOff.map((d: { date: string }) => d.date);
    expect(days).toEqual(expect.arrayContaining(['2027-02-04', '2027-02-05', '2027-02-09', '2027-02-10', '2027-02-11']));

    // Tết 2027 by law is 5–9 February; the entered announcement adds 4, 10 and 11 February.
    const plan = withDues(
      {
        'phat-dong': date('2027-02-03'),
        'trien-khai': date('2027-03-31'),
        'so-ket-2023': { kind: 'workingDaysAfter', anchor: 'phat-dong.due', days: 3 },
        'tong-ket-2025': date('2027-06-30'),
        'khen-thuong-2025': date('2027-07-15'),
      },
      { year: 2027 },
    );
    const { flow } = await draftAndSign(system, plan);
    expect(await dueOf(flow, 'so-ket-2023')).toBe(atFive('2027-02-16'));

    // The clone for 2028 moves 15 July (a Saturday in 2028) to Monday 17 July.
    const clone = await (await flow.as('chuyenvien.tinh')).post(`/campaigns/${flow.campaignId}/clone`, { year: 2028 }).expect(201);
    const cloned = (await (await flow.as('chuyenvien.tinh')).get(`/campaigns/${clone.body.id}`).expect(200)).body.plan as PlanDefinition;
    const dues = cloned.stages[0].phases.map((p) => p.dueByLevel.default);
    expect(dues.find((d) => d.kind === 'date' && d.date.startsWith('2028-07'))).toEqual(date('2028-07-17'));
  });
});
