import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { participationWorkflowId } from '@tdkt/contracts';
import { compressPlan } from './compressed-plan';
import { recordHistoriesIfAsked } from './record-histories';
import { draftAndSign } from './draft-and-sign';
import { eventually, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * Who owes what, precisely: a phase owed by one participant group only, criteria for the people inside
 * every unit beside each unit's own group, and every unit's whole schedule on the progress page from
 * the day the campaign reaches it. A plan with a misspelt field is refused with the field named.
 */
const hour = 3600;
const compressed = compressPlan(
  template as unknown as PlanDefinition,
  'giai-doan-1',
  {
    'phat-dong': { opens: 0, due: { default: hour } },
    'trien-khai': { opens: 0, due: { default: 2 * hour } },
    'so-ket-2023': { opens: 0, due: { default: 3 * hour } },
    // The final review and the nominations open an hour after issue: pending until then, but already shown.
    'tong-ket-2025': { opens: hour, due: { default: 4 * hour } },
    'khen-thuong-2025': { opens: hour, due: { default: 5 * hour } },
  },
  { before: ['1d'], overdueEvery: '1d', escalateAfter: '3d' },
);
const individuals = {
  key: 'ca-nhan',
  label: 'Cá nhân tiêu biểu trong mỗi đơn vị',
  match: {},
  criteria: [
    { kind: 'qualitative' as const, key: 'guong-dien-hinh', text: 'Gương điển hình chuyển đổi số', appliesTo: 'individual' as const },
  ],
};
const plan: PlanDefinition = {
  ...compressed,
  participantGroups: [...compressed.participantGroups, individuals],
  stages: compressed.stages.map((stage) => ({
    ...stage,
    // Only the communes hold an interim review in this variant.
    phases: stage.phases.map((phase) => (phase.key === 'so-ket-2023' ? { ...phase, appliesTo: { groups: ['cap-xa'] } } : phase)),
  })),
};

describe('who owes what, precisely', () => {
  let system: SystemUnderTest;
  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
  });
  afterAll(() => system?.stop());

  it('refuses a plan with a misspelt field, naming it and the field it looks like', async () => {
    const misspelt = structuredClone(plan) as unknown as { stages: { phases: Record<string, unknown>[] }[] };
    const phase = misspelt.stages[0].phases[0];
    phase.dueBylevel = phase.dueByLevel;
    delete phase.dueByLevel;
    const refused = await (await system.login('chuyenvien.tinh')).post('/campaigns', { plan: misspelt }).expect(400);
    expect(refused.body.errors).toContainEqual({
      path: 'stages[0].phases[0].dueBylevel',
      message: expect.stringContaining('"dueByLevel"'),
    });
  });

  it('gives a phase to one group only, shows every duty from issue, and the people’s criteria beside each unit’s', async () => {
    const { flow } = await draftAndSign(system, plan);
    await flow.waitForStatus('running');
    const rows = await eventually('every unit’s schedule on the progress page', async () => {
      const all = await flow.progress();
      const units = new Set(all.map((r) => r.unitCode));
      // The issuer owes 2 duties (the final review, the nominations); each commune 5; every other unit 4.
      const communes = new Set(all.filter((r) => r.levelCode === 'xa').map((r) => r.unitCode)).size;
      const complete = all.length === 2 + 5 * communes + 4 * (units.size - 1 - communes);
      const opened = all
        .filter((r) => ['phat-dong', 'trien-khai', 'so-ket-2023'].includes(r.obligationKey))
        .every((r) => r.status === 'open');
      return units.size === 21 && complete && opened && all;
    });
    // The interim review: every commune owes it, no district or provincial body does, nor the issuer.
    const interim = rows.filter((r) => r.obligationKey === 'so-ket-2023');
    expect(interim.length).toBeGreaterThan(0);
    expect(interim.every((r) => r.levelCode === 'xa' && r.status === 'open')).toBe(true);
    expect(rows.filter((r) => r.levelCode === 'xa').length).toBe(interim.length * 5);
    // Duties that open later are already listed, pending, with their due dates.
    const later = rows.filter((r) => r.obligationKey === 'tong-ket-2025' || r.obligationKey === 'khen-thuong-2025');
    expect(later.every((r) => r.status === 'pending' && r.dueAt !== null)).toBe(true);

    const leader = await flow.as('lanhdao.tinh');
    const commune = (await leader.get(`/campaigns/${flow.campaignId}/units/TQ-YS-THANGQUAN/criteria`).expect(200)).body;
    expect(commune.groups.map((g: { key: string }) => g.key)).toEqual(['cap-xa', 'ca-nhan']);
    expect(commune.individual).toContainEqual(expect.objectContaining({ key: 'guong-dien-hinh', groupKey: 'ca-nhan' }));
    expect(commune.collective.every((c: { groupKey: string }) => c.groupKey === 'cap-xa')).toBe(true);
    const department = (await leader.get(`/campaigns/${flow.campaignId}/units/TQ-SNV/criteria`).expect(200)).body;
    expect(department.groups.map((g: { key: string }) => g.key)).toEqual(['cap-tinh', 'ca-nhan']);
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'participation-schedule-from-issue': participationWorkflowId(flow.campaignId, 'TQ-YS-THANGQUAN'),
    });
  });
});
