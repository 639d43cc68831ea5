import { randomUUID } from 'node:crypto';
import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { readTimeline } from './audit/timeline-reader';
import type { CampaignFlow } from './campaign-flow';
import { hourlyPlan } from './compressed-plan';
import { draftAndSign } from './draft-and-sign';
import { eventually, SystemUnderTest } from './system-under-test';
import { THANGQUAN_CLERK, tuyenQuangWithClerk } from './tuyen-quang-fixture';

/**
 * Ủy quyền on an award dossier: the commune's Chair lets the commune's office clerk take the Chair's award steps. The
 * clerk's view of the dossier offers those steps under the delegation, apart from what they may do in their own right;
 * taken so, the record names the Chair and the decision is signed "TUQ.".
 */
const COMMUNE = 'TQ-YS-THANGQUAN';
const LEADER = 'lanhdao.ys-thangquan';
const SPECIALIST = 'chuyenvien.ys-thangquan';
const CLERK = THANGQUAN_CLERK.username;

/** Seed 003's plan on the hourly schedule, taking Giấy khen lists; an award step's clock runs an hour, so nothing lapses meanwhile. */
const plan: PlanDefinition = (() => {
  const hourly = hourlyPlan(template as unknown as PlanDefinition);
  const giayKhen = { key: 'giay-khen', catalogueKey: 'giay-khen', name: 'Giấy khen', decidedBy: { title: 'Giấy khen' } };
  return {
    ...hourly,
    awardForms: [{ ...giayKhen, forCollective: true, forIndividual: true }],
    taskLimits: { ...hourly.taskLimits, award_step: { kind: 'durationAfter', anchor: 'opened', duration: '1h' } },
  };
})();

interface DelegatedActions {
  delegationId: string;
  leaderFullName: string;
  leaderUnitCode: string;
  actions: string[];
}

describe('a delegate takes a leader’s steps on an award dossier (TUQ.)', () => {
  let system: SystemUnderTest;
  let flow: CampaignFlow;
  let dossierId: string;
  const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();
  const aMinuteAgo = () => new Date(Date.now() - 60_000).toISOString();
  const delegate = async (body: object) => {
    const created = await (
      await flow.as(LEADER)
    ).post('/delegations', { toUsername: CLERK, startsAt: aMinuteAgo(), endsAt: inAnHour(), reason: 'Chủ tịch xã đi công tác', ...body });
    if (created.status !== 201) throw new Error(`delegation: ${created.status} ${JSON.stringify(created.body)}`);
    return created.body as { id: string; from: { fullName: string } };
  };
  const view = async (username: string) => (await (await flow.as(username)).get(`/award-dossiers/${dossierId}`).expect(200)).body;
  const act = async (username: string, body: object) => (await flow.as(username)).act(`/award-dossiers/${dossierId}/actions`, body);
  const atStep = (kind: string) =>
    eventually(`dossier at ${kind}`, async () => {
      const dossier = await view(LEADER);
      return dossier.route[dossier.stepIndex]?.kind === kind && dossier;
    });

  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangWithClerk());
    ({ flow } = await draftAndSign(system, plan));
    await flow.waitForStatus('running');
    await eventually('the commune’s nomination duty open', async () =>
      (await (await flow.as(SPECIALIST)).get('/inbox?kind=nomination').expect(200)).body.items.some(
        (item: { campaignId: string }) => item.campaignId === flow.campaignId,
      ),
    );
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    const nominee = {
      kind: 'individual',
      fullName: 'Nguyễn Thị Lan',
      personalId: '008085001234',
      position: 'Công chức',
      unitCode: COMMUNE,
    };
    const proposed = await (
      await flow.as(SPECIALIST)
    ).post(`/campaigns/${flow.campaignId}/award-dossiers`, {
      awardKey: 'giay-khen',
      nominations: [{ nominee, achievements: 'Hoàn thành xuất sắc nhiệm vụ chuyển đổi số' }],
      minutes: { heldOn: today, present: 9, members: 11 },
    });
    if (proposed.status !== 201) throw new Error(`propose: ${proposed.status} ${JSON.stringify(proposed.body)}`);
    dossierId = proposed.body.id;
    await atStep('propose');
  });
  afterAll(() => system?.stop());

  it('offers nothing in the Chair’s place under a delegation for other kinds of steps, or for another campaign', async () => {
    await delegate({ kinds: ['report_approval'], campaignId: flow.campaignId });
    await delegate({ kinds: ['award_step'], campaignId: randomUUID() });
    const seen = await view(CLERK);
    expect(seen.myActions).not.toContain('pass');
    expect(seen.delegatedActions).toEqual([]);
  });

  it('offers the Chair’s step under the delegation for award steps, and records it as taken in the Chair’s place', async () => {
    const delegation = await delegate({ kinds: ['award_step'], campaignId: flow.campaignId });
    const leaderFullName = delegation.from.fullName;
    const seen = await view(CLERK);
    expect(seen.myActions).not.toContain('pass');
    expect(seen.delegatedActions).toEqual([
      { delegationId: delegation.id, leaderFullName, leaderUnitCode: COMMUNE, endsAt: expect.any(String), actions: ['pass', 'decline'] },
    ]);
    // The Chair, in their own right, sees the step as theirs and nothing in anyone's place.
    expect(await view(LEADER)).toMatchObject({ myActions: expect.arrayContaining(['pass']), delegatedActions: [] });

    expect((await act(CLERK, { kind: 'pass' })).status).toBe(403);
    const passed = await act(CLERK, { kind: 'pass', delegationId: delegation.id });
    expect(passed.status).toBe(200);
    expect(passed.body.actions.at(-1)).toMatchObject({
      kind: 'pass',
      actorName: THANGQUAN_CLERK.fullName,
      delegatedByFullName: leaderFullName,
    });

    await atStep('appraise');
    expect((await act(SPECIALIST, { kind: 'pass' })).status).toBe(200);
    await atStep('decide');
    const deciding = (await view(CLERK)).delegatedActions as DelegatedActions[];
    expect(deciding.map((entry) => [entry.delegationId, entry.actions])).toEqual([[delegation.id, ['decide']]]);
    const decided = await act(CLERK, { kind: 'decide', delegationId: delegation.id });
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({ capacity: 'TUQ', signerName: THANGQUAN_CLERK.fullName });
    expect(decided.body.delegatedActions).toEqual([]);

    const timeline = await readTimeline(await flow.as('thanhtra.tinh'), flow.campaignId, `&unitCode=${COMMUNE}`);
    expect(timeline.find((item) => item.obligationKey === `award:${dossierId}` && item.action === 'award_decided')).toMatchObject({
      actor: { username: CLERK },
      capacity: 'TUQ',
    });
    // The log names the leader on every step taken in the leader's place, not only on the signature.
    const passedEntry = timeline.find((item) => item.obligationKey === `award:${dossierId}` && item.action === 'award_passed');
    expect(passedEntry?.values).toMatchObject({ delegatedBy: { fullName: leaderFullName, delegationId: delegation.id } });
  });
});
