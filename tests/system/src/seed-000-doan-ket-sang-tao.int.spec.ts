import type { PhaseKind, PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/mttq-doan-ket-sang-tao.json';
import { campaignWorkflowId, participationWorkflowId } from '@tdkt/contracts';
import { CampaignFlow, ProgressRow } from './campaign-flow';
import { compressPlan } from './compressed-plan';
import { FRONT_ISSUER, FRONT_OFFICIALS, frontActorsOf, frontExtension } from './front-fixture';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';

/**
 * Seed 000 (the Fatherland Front's "Đoàn kết sáng tạo") run as data through its one-year stage on the
 * Front's own tree, then issued again for the next year as seed 002 was: same plan, next year's number.
 */
const timeline = {
  'xay-dung-ke-hoach': { opens: 0, due: { xa: 90, huyen: 100, tinh: 110 } },
  'trien-khai': { opens: 0, due: { default: 120 } },
  'so-ket': { opens: 0, due: { xa: 150, huyen: 170, tinh: 180 } },
  'de-nghi-bieu-duong': { opens: 0, due: { xa: 190, huyen: 200, tinh: 210 } },
};
// Due dates are generous so that no unit is late even on a busy machine: lateness is seed 003's subject.
const plan = compressPlan(template as unknown as PlanDefinition, 'nam-2020', timeline, {
  before: ['5s', '0s'],
  overdueEvery: '4s',
  escalateAfter: '8s',
});
const phases = plan.stages[0].phases;
const phaseOf = (kind: PhaseKind) => phases.find((p) => p.kind === kind)!;
const expectedNumber = `1/KH-${plan.issuer.issuerCode}`;

// Mirrors the product's rule: the issuer only aggregates reviews and decides nominations.
const ISSUER_PHASE_KINDS: PhaseKind[] = ['interim_review', 'final_review', 'nomination'];
const LOWEST_LEVEL_FIRST = ['xa', 'huyen', 'tinh'];

const front = frontExtension();
const unitNames = new Map(front.units.map((u) => [u.code, u.name]));
const issuerAward = plan.awardForms.find((f) => f.decidedBy.unitCode === plan.issuer.unitCode && f.forCollective)!;

describe('seed 000 as data: the Front’s "Đoàn kết sáng tạo" for a year, then cloned for the next', () => {
  let system: SystemUnderTest;
  let flow: CampaignFlow;
  let rows: ProgressRow[];
  const participantsAt = (level: string) => [
    ...new Set(rows.filter((r) => r.levelCode === level && r.unitCode !== FRONT_ISSUER).map((r) => r.unitCode)),
  ];
  const planDecision = async (target: CampaignFlow, username: string, body: object) =>
    (await target.as(username)).act(`/campaigns/${target.campaignId}/plan-decisions`, body);

  async function complete(unitCode: string, key: string, content: object = {}): Promise<void> {
    const { submitter, approver } = frontActorsOf(unitCode);
    const sent = await flow.submit(unitCode, key, content, submitter);
    if (sent.status !== 200) throw new Error(`${unitCode} ${key} submit: ${sent.status} ${JSON.stringify(sent.body)}`);
    const approved = await flow.decide(unitCode, key, 'approve', undefined, approver);
    if (approved.status !== 200) throw new Error(`${unitCode} ${key} approve: ${approved.status} ${JSON.stringify(approved.body)}`);
  }

  /** One phase for every participant of the given levels in turn, then the issuer when it owes that phase too. */
  async function completeBottomUp(
    phaseKey: string,
    content: (unitCode: string) => object = () => ({}),
    levels = LOWEST_LEVEL_FIRST,
  ): Promise<void> {
    for (const level of levels) await Promise.all(participantsAt(level).map((unit) => complete(unit, phaseKey, content(unit))));
    if (rows.some((r) => r.unitCode === FRONT_ISSUER && r.obligationKey === phaseKey))
      await complete(FRONT_ISSUER, phaseKey, content(FRONT_ISSUER));
  }

  /** The Front's chain from the template: its vice-chair reviews, its chair signs in the capacity the plan prints. */
  async function walkApprovalChain(target: CampaignFlow): Promise<void> {
    const drafter = await target.as(FRONT_OFFICIALS.drafter);
    await eventually(
      'approval chain running',
      async () => (await drafter.get(`/campaigns/${target.campaignId}`)).body.approval?.status === 'pending',
    );
    const reviewed = await planDecision(target, FRONT_OFFICIALS.deputy, { action: 'approve', comment: 'Ban Phong trào đã rà soát' });
    expect(reviewed.body).toMatchObject({
      stepKey: plan.approvalChain[0].key,
      capacity: null,
      actor: { username: FRONT_OFFICIALS.deputy },
    });
    const signed = await planDecision(target, FRONT_OFFICIALS.leader, { action: 'approve', capacity: plan.signature.capacity });
    expect(signed.body).toMatchObject({
      stepKey: plan.approvalChain[1].key,
      capacity: plan.signature.capacity,
      actor: { username: FRONT_OFFICIALS.leader },
      signature: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'],
    });
  }

  beforeAll(async () => {
    system = await SystemUnderTest.start(front);
  });
  afterAll(() => system?.stop());

  it('goes up the Front’s chain: the chair may not skip the vice-chair’s review, then signs TM. and the plan is numbered', async () => {
    expect(plan.signature.capacity).toBe('TM');
    expect(plan.approvalChain[0].roles).toEqual(['deputy_leader']);
    const drafter = await system.login(FRONT_OFFICIALS.drafter);
    const created = await drafter.post('/campaigns', { plan }).expect(201);
    expect(created.body).toMatchObject({ status: 'in_approval', issuerUnitCode: FRONT_ISSUER, year: plan.year, planNumber: null });
    flow = new CampaignFlow(system, created.body.id);

    await eventually(
      'approval chain running',
      async () => (await drafter.get(`/campaigns/${flow.campaignId}`)).body.approval?.status === 'pending',
    );
    expect((await planDecision(flow, FRONT_OFFICIALS.leader, { action: 'approve' })).status).toBe(403);
    await walkApprovalChain(flow);

    const approval = (await drafter.get(`/campaigns/${flow.campaignId}`).expect(200)).body.approval;
    expect(approval).toMatchObject({ status: 'approved' });
    expect(approval.decisions.map((d: { stepKey: string; capacity: string | null }) => [d.stepKey, d.capacity])).toEqual([
      ['review', null],
      ['sign', 'TM'],
    ]);
    const running = await flow.waitForStatus('running');
    expect(running.planNumber).toBe(expectedNumber);
  });

  it('fans out along the Front’s own line: communes report to their district committee, the rest to TQ-MTTQ', async () => {
    const issuerPhases = phases.filter((p) => ISSUER_PHASE_KINDS.includes(p.kind)).length;
    rows = await flow.waitForOpen(front.units.length * phases.length + issuerPhases);
    expect(rows).toHaveLength(front.units.length * phases.length + issuerPhases);
    for (const unit of front.units) {
      expect(rows.filter((r) => r.unitCode === unit.code).map((r) => r.reportsTo)).toEqual(phases.map(() => unit.parentCode));
    }

    const inbox = (await (await flow.as('chuyenvien.mttq-ys-thangquan')).get('/inbox').expect(200)).body;
    expect(inbox.items.map((i: { obligationKey: string }) => i.obligationKey)).toEqual(phases.map((p) => p.key));
  });

  it('launch and implementation, bottom-up: every unit registers its local plan and reports, its leader approves', async () => {
    await completeBottomUp(phaseOf('launch').key, (unit) => ({ localPlanReference: `KH-${unit}` }));
    await completeBottomUp(phaseOf('implementation').key);
    const done = (await flow.progress(FRONT_OFFICIALS.leader)).filter(
      (r) => r.obligationKey === phaseOf('launch').key || r.obligationKey === phaseOf('implementation').key,
    );
    expect(done.every((r) => r.status === 'approved')).toBe(true);
  });

  it('sơ kết: each district committee sees its communes’ approved reports, TQ-MTTQ approves the province’s aggregate last', async () => {
    const soKet = phaseOf('interim_review').key;
    const report = (unit: string) => ({ summary: `Sơ kết phong trào tại ${unitNames.get(unit) ?? unit}` });
    await Promise.all(participantsAt('xa').map((unit) => complete(unit, soKet, report(unit))));

    const districtLeader = 'lanhdao.mttq-ys';
    const seenByDistrict = (await flow.progress(districtLeader)).filter((r) => r.obligationKey === soKet && r.reportsTo === 'TQ-MTTQ-YS');
    expect(seenByDistrict.map((r) => r.status)).toEqual(['approved', 'approved', 'approved']);
    // Seed 000's criteria are all qualitative: there is no KPI to add up, so the aggregate is empty rather than an error.
    expect(plan.participantGroups.flatMap((g) => g.criteria).filter((c) => c.kind === 'kpi')).toEqual([]);
    const aggregate = (
      await (await flow.as(districtLeader)).get(`/campaigns/${flow.campaignId}/units/TQ-MTTQ-YS/aggregate?phase=${soKet}`).expect(200)
    ).body;
    expect(aggregate).toEqual({});

    await completeBottomUp(
      soKet,
      report,
      LOWEST_LEVEL_FIRST.filter((level) => level !== 'xa'),
    );
    const reviewed = (await flow.progress(FRONT_OFFICIALS.leader)).filter((r) => r.obligationKey === soKet);
    expect(reviewed.every((r) => r.status === 'approved')).toBe(true);
  });

  it('nominations bottom-up for the provincial commendation, then the campaign closes with its number', async () => {
    await completeBottomUp(phaseOf('nomination').key, (unit) => ({
      nominations: [
        {
          awardFormKey: issuerAward.key,
          nominee: { kind: 'collective', name: unitNames.get(unit) ?? unit },
          achievements: 'Nhiều sáng kiến được áp dụng trong phong trào',
        },
      ],
    }));
    const closed = await flow.waitForStatus('closed');
    expect(closed.planNumber).toBe(expectedNumber);
    const summary = (await (await flow.as(FRONT_OFFICIALS.leader)).get(`/campaigns/${flow.campaignId}/progress`).expect(200)).body;
    const counts = Object.values(summary.byLevel) as { approved: number; total: number }[];
    expect(counts.every((c) => c.approved === c.total)).toBe(true);
    const commune = participantsAt('xa')[0];
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'campaign-seed-000-front': campaignWorkflowId(flow.campaignId),
      'participation-issuer-seed-000-front': participationWorkflowId(flow.campaignId, FRONT_ISSUER),
      'participation-commune-seed-000-front': participationWorkflowId(flow.campaignId, commune),
    });
  });

  it('is cloned for the next year: a new year restarts the numbering, the first campaign keeps its number', async () => {
    const nextYear = plan.year + 1;
    const outsider = await system.login('chuyenvien.ys-thangquan');
    expect((await outsider.post(`/campaigns/${flow.campaignId}/clone`, { year: nextYear })).status).toBe(403);

    const drafter = await flow.as(FRONT_OFFICIALS.drafter);
    const cloned = await drafter.post(`/campaigns/${flow.campaignId}/clone`, { year: nextYear }).expect(201);
    expect(cloned.body.id).not.toBe(flow.campaignId);
    const next = new CampaignFlow(system, cloned.body.id);
    expect(cloned.body).toMatchObject({ status: 'in_approval', year: nextYear, planNumber: null });
    const draft = await eventually('the clone readable', async () => {
      const response = await drafter.get(`/campaigns/${next.campaignId}`);
      return response.status === 200 && response.body;
    });
    expect(draft).toMatchObject({ status: 'in_approval', year: nextYear, planNumber: null });
    expect(draft.plan.year).toBe(nextYear);
    expect(plan.title).toContain(`năm ${plan.year}`);
    expect(draft.plan.title).toBe(plan.title.replace(`năm ${plan.year}`, `năm ${nextYear}`));
    // Dates relative to the issue move with it, so the clone keeps the compressed calendar as it is.
    expect(draft.plan.stages).toEqual(plan.stages);

    // Its phases would run exactly as above; only what differs for a clone — approval and numbering — is checked here.
    await walkApprovalChain(next);
    const running = await next.waitForStatus('running');
    expect(running.planNumber).toBe(expectedNumber);
    expect((await drafter.get(`/campaigns/${flow.campaignId}`).expect(200)).body).toMatchObject({
      status: 'closed',
      planNumber: expectedNumber,
    });
  });
});
