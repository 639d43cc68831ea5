import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { participationWorkflowId } from '@tdkt/contracts';
import { CampaignFlow } from './campaign-flow';
import { compressPlan } from './compressed-plan';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * A plan whose issuer owes nothing after the launch (a launch-only plan: the issuer takes part in no
 * phase) must run until every unit below has done its part, not close at issue.
 */
const plan: PlanDefinition = (() => {
  const seed = template as unknown as PlanDefinition;
  const stage = { ...seed.stages[0], phases: seed.stages[0].phases.filter((p) => p.key === 'phat-dong') };
  return compressPlan({ ...seed, stages: [stage] }, stage.key, { 'phat-dong': { opens: 0, due: { default: 3600 } } }, seed.reminders);
})();

describe('a campaign ends when its whole tree has done its part', () => {
  let system: SystemUnderTest;
  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
  });
  afterAll(() => system?.stop());

  it('keeps a plan with no phase for its issuer running until the last unit is approved, then closes it', async () => {
    const flow = new CampaignFlow(system, (await (await system.login('chuyenvien.tinh')).post('/campaigns', { plan }).expect(201)).body.id);
    await eventually(
      'approval chain waiting',
      async () => (await (await flow.as('chuyenvien.tinh')).get(`/campaigns/${flow.campaignId}`)).body.approval?.status === 'pending',
    );
    for (const [username, body] of [
      ['lanhdao.snv', {}],
      ['pho.tinh', {}],
    ] as const) {
      expect(
        (await (await flow.as(username)).act(`/campaigns/${flow.campaignId}/plan-decisions`, { action: 'approve', ...body })).status,
      ).toBe(200);
    }
    await flow.waitForStatus('running');
    // The 20 participants of the extended demo province, each owing its launch.
    const units = await eventually('every unit’s launch open', async () => {
      const rows = await flow.progress();
      return rows.length === 20 && rows.every((r) => r.status === 'open') && rows.map((r) => r.unitCode);
    });
    expect(units).not.toContain('TQ');

    const [last, ...others] = [...units].sort((a, b) => b.split('-').length - a.split('-').length || a.localeCompare(b));
    await Promise.all(others.map((unit) => flow.complete(unit, 'phat-dong', { localPlanReference: `KH-${unit}` })));
    // Every unit but one is done: the campaign still runs, and so does the unit the last one reports to.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await (await flow.as('lanhdao.tinh')).get(`/campaigns/${flow.campaignId}`).expect(200)).body.status).toBe('running');

    await flow.complete(last, 'phat-dong', { localPlanReference: `KH-${last}` });
    await flow.waitForStatus('closed');
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'participation-issuer-waits-for-its-units': participationWorkflowId(flow.campaignId, 'TQ'),
    });
  });
});
