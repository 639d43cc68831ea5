import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { hourlyPlan } from './compressed-plan';
import { draftAndSign } from './draft-and-sign';
import { eventually, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * The cascade visible both ways: a district's own plan implements the province's (its number, issuer
 * and campaign), and the province sees which lower plans implement it and each unit's own plan number.
 */
const province = hourlyPlan(template as unknown as PlanDefinition);

describe('a plan implementing the plan of the level above', () => {
  let system: SystemUnderTest;
  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
  });
  afterAll(() => system?.stop());

  it('links the district’s plan to the province’s, and shows the province every lower plan', async () => {
    const { flow } = await draftAndSign(system, province);
    const issued = await flow.waitForStatus('running');
    await eventually('the district’s launch open', async () =>
      (await flow.progress()).some((r) => r.unitCode === 'TQ-YS' && r.obligationKey === 'phat-dong' && r.status === 'open'),
    );
    await flow.complete('TQ-YS', 'phat-dong', { localPlanReference: '12/KH-UBND' });

    const district: PlanDefinition = {
      ...province,
      issuer: { unitCode: 'TQ-YS' },
      title: 'Kế hoạch thực hiện phong trào thi đua chuyển đổi số trên địa bàn huyện Yên Sơn',
      participants: { levels: ['xa'] },
      responsibilities: [],
      approvalChain: [{ key: 'ky', label: 'Ký ban hành', roles: ['leader', 'deputy_leader'], signs: true }],
      signature: { capacity: 'TM', bodyName: 'ỦY BAN NHÂN DÂN', signerTitle: 'CHỦ TỊCH' },
      implements: { number: String(issued.planNumber), issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang', campaignId: flow.campaignId },
    };
    const drafter = await flow.as('chuyenvien.ys');
    const wrongNumber = await drafter.post('/campaigns', {
      plan: { ...district, implements: { ...district.implements, number: '999/KH-UBND' } },
    });
    expect([wrongNumber.status, wrongNumber.body.detail]).toEqual([400, expect.stringContaining('không khớp')]);
    const created = await drafter.post('/campaigns', { plan: district });
    expect(created.status).toBe(201);

    const leader = await flow.as('lanhdao.tinh');
    const seen = (await leader.get(`/campaigns/${flow.campaignId}`).expect(200)).body;
    expect(seen.implementedBy).toEqual([expect.objectContaining({ id: created.body.id, issuerUnitCode: 'TQ-YS' })]);
    expect(seen.localPlans).toContainEqual({ unitCode: 'TQ-YS', reference: '12/KH-UBND', status: 'approved' });
    const below = await eventually('the district’s plan readable', async () => (await drafter.get(`/campaigns/${created.body.id}`)).body);
    expect(below.plan.implements).toMatchObject({ number: issued.planNumber, campaignId: flow.campaignId });
  });
});
