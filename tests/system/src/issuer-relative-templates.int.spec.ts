import type { PlanDefinition, ReminderPolicy } from '@tdkt/domain';
import { CampaignFlow } from './campaign-flow';
import { completeBottomUp } from './complete-bottom-up';
import { compressPlan, type CompressedTimeline } from './compressed-plan';
import { partyPlanTemplate } from './party-plan-template';
import { officialsOf, SECOND_PROVINCE, secondProvince, secondProvinceActors } from './second-province-fixture';
import { eventually, SystemUnderTest } from './system-under-test';

/**
 * Templates are written for any issuer: the shipped seed 003 and seed 000 run for another province's
 * People's Committee and Front than the ones they came from, and a party committee's plan is numbered and
 * signed by the party's rules. Every date is compressed to seconds by data, as the seed tests do.
 */
const YEAR = 2026;
const LEVELS_LOWEST_FIRST = ['xa', 'huyen', 'tinh'];
const REMINDERS: ReminderPolicy = { before: ['5s', '0s'], overdueEvery: '10s', escalateAfter: '20s' };

/**
 * Every phase of a template's first stage opens at issue and falls due some minutes later, lower levels
 * first; the levels are the template's own placeholders, filled for the issuer like the rest of the plan.
 */
async function compressedStagesOf(templateKey: string, drafter: string, system: SystemUnderTest) {
  const official = await system.login(drafter);
  const template = (await official.get(`/campaign-templates/${templateKey}`).expect(200)).body;
  const plan = template.plan as PlanDefinition;
  const timeline: CompressedTimeline = Object.fromEntries(
    plan.stages[0].phases.map((phase, i) => [
      phase.key,
      { opens: 0, due: { '{{level+2}}': 240 + 10 * i, '{{level+1}}': 245 + 10 * i, '{{level}}': 250 + 10 * i } },
    ]),
  );
  const { stages, reminders } = compressPlan(plan, plan.stages[0].key, timeline, REMINDERS);
  return { stages, reminders };
}

describe('templates written for any issuer, run in a second province', () => {
  let system: SystemUnderTest;

  beforeAll(async () => {
    system = await SystemUnderTest.start(secondProvince());
  });
  afterAll(() => system?.stop());

  /** Creates the campaign, walks its chain with `approvals` (username, expected signature or null), and waits until it runs. */
  async function issue(drafter: string, body: object, viewer: string, approvals: [string, string[] | null][]) {
    const created = await (await system.login(drafter)).post('/campaigns', body);
    if (created.status !== 201) throw new Error(`POST /campaigns: ${created.status} ${JSON.stringify(created.body)}`);
    const flow = new CampaignFlow(system, created.body.id, viewer);
    await eventually(
      'approval chain running',
      async () => (await (await flow.as(drafter)).get(`/campaigns/${flow.campaignId}`)).body.approval?.status === 'pending',
    );
    for (const [username, signature] of approvals) {
      const decided = await (await flow.as(username)).act(`/campaigns/${flow.campaignId}/plan-decisions`, { action: 'approve' });
      expect({ username, status: decided.status, body: decided.body }).toMatchObject({ username, status: 200 });
      if (signature) expect(decided.body.signature).toEqual(signature);
    }
    const running = await flow.waitForStatus('running');
    return {
      flow,
      running,
      plan: (await (await flow.as(viewer)).get(`/campaigns/${flow.campaignId}`).expect(200)).body.plan as PlanDefinition,
    };
  }

  async function runToClosed(flow: CampaignFlow, plan: PlanDefinition, issuer: string, expectedRows: number) {
    const rows = await flow.waitForOpen(expectedRows);
    expect(rows).toHaveLength(expectedRows);
    const phaseKeys = plan.stages[0].phases.map((p) => p.key);
    await completeBottomUp(flow, rows, phaseKeys, { issuer, levelsLowestFirst: LEVELS_LOWEST_FIRST, actorsOf: secondProvinceActors });
    return flow.waitForStatus('closed');
  }

  it('lists the shipped templates with the placeholders each leaves open', async () => {
    const list = (await (await system.login(officialsOf('TN').drafter)).get('/campaign-templates').expect(200)).body;
    expect(list.items.map((t: { key: string; source: string }) => [t.key, t.source])).toEqual([
      ['mttq-doan-ket-sang-tao', 'shipped'],
      ['ubnd-chuyen-doi-so', 'shipped'],
    ]);
    const committee = list.items.find((t: { key: string }) => t.key === 'ubnd-chuyen-doi-so');
    expect(committee.placeholders.map((p: { placeholder: string }) => p.placeholder)).toEqual(
      expect.arrayContaining(['{{appraiser}}', '{{issuer}}', '{{level+2}}', '{{place}}', '{{year+1}}']),
    );
    expect(committee.bodies.appraiser).toMatchObject({ kind: 'so' });
  });

  it('seed 003’s template for Thái Nguyên’s People’s Committee: asks which department appraises, then runs to closed', async () => {
    const { committee, appraiser } = SECOND_PROVINCE;
    const people = officialsOf(committee);
    const request = {
      templateKey: 'ubnd-chuyen-doi-so',
      issuerUnitCode: committee,
      year: YEAR,
      plan: await compressedStagesOf('ubnd-chuyen-doi-so', people.drafter, system),
    };

    // Two departments of the appraiser's kind: the drafter must say which, and nothing is created until then.
    const drafter = await system.login(people.drafter);
    const refused = await drafter.post('/campaigns', request).expect(400);
    expect(refused.body.errors).toEqual([{ path: expect.stringMatching(/unitCode$/), message: expect.stringContaining('{{appraiser}}') }]);
    expect(refused.body.errors[0].message).toContain('TN-SKHCN (Sở Khoa học và Công nghệ), TN-SNV (Sở Nội vụ)');
    expect((await drafter.get('/campaigns').expect(200)).body.total).toBe(0);

    const { flow, running, plan } = await issue(people.drafter, { ...request, bodies: { appraiser } }, people.leader, [
      [officialsOf(appraiser).leader, null],
      [people.deputy, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    ]);
    expect(running.planNumber).toBe('1/KH-UBND');
    expect(plan).toMatchObject({
      templateKey: 'ubnd-chuyen-doi-so',
      issuer: { unitCode: committee, issuerCode: 'UBND' },
      place: 'Thái Nguyên',
      year: YEAR,
    });
    expect(plan.title).toBe(
      `Phát động Phong trào thi đua “Chuyển đổi số tỉnh Thái Nguyên đến năm ${YEAR + 3}, định hướng đến năm ${YEAR + 8}”`,
    );
    expect(plan.approvalChain[0].unitCode).toBe(appraiser);
    expect(plan.stages[0].phases.map((p) => p.key)).toEqual([
      'phat-dong',
      'trien-khai',
      `so-ket-${YEAR + 1}`,
      `tong-ket-${YEAR + 3}`,
      `khen-thuong-${YEAR + 3}`,
    ]);

    // Two departments, two districts, two communes; the issuer owes its three aggregating phases.
    const closed = await runToClosed(flow, plan, committee, 6 * 5 + 3);
    expect(closed.planNumber).toBe('1/KH-UBND');
  });

  it('seed 000’s template for Thái Nguyên’s Front, a tree of its own: runs to closed', async () => {
    const front = officialsOf(SECOND_PROVINCE.front);
    const { flow, running, plan } = await issue(
      front.drafter,
      {
        templateKey: 'mttq-doan-ket-sang-tao',
        issuerUnitCode: SECOND_PROVINCE.front,
        year: YEAR,
        plan: await compressedStagesOf('mttq-doan-ket-sang-tao', front.drafter, system),
      },
      front.leader,
      [
        [front.deputy, null],
        [front.leader, ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH']],
      ],
    );
    expect(running.planNumber).toBe('1/KH-MTTQ-BTT');
    expect(plan.title).toContain(`trên địa bàn tỉnh Thái Nguyên năm ${YEAR}`);
    expect(plan.awardForms.filter((f) => f.decidedBy.unitCode).map((f) => f.decidedBy.unitCode)).toEqual([
      SECOND_PROVINCE.front,
      SECOND_PROVINCE.front,
    ]);

    // A member organisation, a district committee and its commune committee; the issuer aggregates the review and decides nominations.
    const closed = await runToClosed(flow, plan, SECOND_PROVINCE.front, 3 * 4 + 2);
    expect(closed.planNumber).toBe('1/KH-MTTQ-BTT');
  });

  it('a party committee’s plan from a template an administrator added: numbered "1-KH/TU", signed "T/M BAN THƯỜNG VỤ"', async () => {
    const template = partyPlanTemplate();
    const admin = await system.login('quantri');
    expect((await (await system.login(officialsOf(SECOND_PROVINCE.party).drafter)).post('/admin/plan-templates', template)).status).toBe(
      403,
    );
    const bound = { ...template, templateKey: 'gan-voi-mot-cay', plan: { ...template.plan, issuer: { unitCode: 'TN-TU' } } };
    const refused = await admin.post('/admin/plan-templates', bound).expect(400);
    expect(refused.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'plan.issuer.unitCode' })]));

    const added = await admin.post('/admin/plan-templates', template).expect(201);
    expect(added.body).toMatchObject({ key: template.templateKey, source: 'added', issuerKinds: ['tinh_uy', 'huyen_uy'] });
    expect((await admin.post('/admin/plan-templates', template)).status).toBe(409);
    const listed = (await admin.get('/campaign-templates').expect(200)).body;
    expect(listed.total).toBe(3);

    const party = officialsOf(SECOND_PROVINCE.party);
    const { running, plan } = await issue(
      party.drafter,
      { templateKey: template.templateKey, issuerUnitCode: SECOND_PROVINCE.party, year: YEAR },
      party.leader,
      [[party.deputy, ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']]],
    );
    expect(running.planNumber).toBe('1-KH/TU');
    expect(plan).toMatchObject({ place: 'Thái Nguyên', issuer: { unitCode: SECOND_PROVINCE.party, issuerCode: 'TU' } });
    expect(plan.participants).toEqual({ levels: ['huyen', 'xa'], kinds: ['huyen_uy', 'dang_uy'] });
  });
});
