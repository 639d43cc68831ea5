import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { hourlyPlan } from './compressed-plan';
import { eventually, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * A workflow's refusal (an Update validator's, carried as an ApplicationFailure) reaches the official as problem details
 * like every other error: the rule's status, and its words in Vietnamese, or in English read back from the failure's
 * details when the request asks for English.
 */
describe('a domain refusal through Temporal, as problem details in either language', () => {
  let system: SystemUnderTest;
  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
  });
  afterAll(() => system?.stop());

  it('409 when the drafter submits a plan already waiting, 403 when an official acts on another’s step', async () => {
    const drafter = await system.login('chuyenvien.tinh');
    const created = await drafter.post('/campaigns', { plan: hourlyPlan(template as unknown as PlanDefinition) });
    expect(created.status).toBe(201);
    const decisions = `/campaigns/${created.body.id}/plan-decisions`;
    await eventually(
      'approval chain running',
      async () => (await drafter.get(`/campaigns/${created.body.id}`)).body.approval?.status === 'pending',
    );

    const vi = await drafter.act(decisions, { action: 'submit' });
    expect([vi.status, vi.headers['content-type']]).toEqual([409, expect.stringMatching(/^application\/problem\+json/)]);
    expect(vi.body).toEqual({
      type: '/problems/conflict',
      title: 'Không còn thực hiện được',
      status: 409,
      detail: 'Hồ sơ đang ở trạng thái "pending", không thể trình lại.',
      requestId: vi.headers['x-request-id'],
    });
    const en = await drafter.act(decisions, { action: 'submit' }).set('Accept-Language', 'en');
    expect(en.body).toMatchObject({
      type: '/problems/conflict',
      title: 'No longer possible',
      status: 409,
      detail: 'The document is "pending"; it cannot be submitted again.',
    });

    // The first step is Sở Nội vụ's: the drafter may not take it.
    const notTheirs = await drafter.act(decisions, { action: 'approve' }).set('Accept-Language', 'en');
    expect([notTheirs.status, notTheirs.body.type, notTheirs.body.title]).toEqual([403, '/problems/forbidden', 'Not allowed']);
    expect(notTheirs.body.detail).toMatch(/^Step ".+" is decided by .+ of unit TQ-SNV\.$/);
  });
});
