import { createHash, randomUUID } from 'node:crypto';
import type { Response } from 'superagent';
import type { OrgImport, PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { extractPdf } from '@tdkt/documents/src/testing/extract-pdf';
import { AwardDossierEntity } from '@tdkt/persistence';
import { readTimeline } from './audit/timeline-reader';
import type { CampaignFlow } from './campaign-flow';
import { hourlyPlan } from './compressed-plan';
import { draftAndSign } from './draft-and-sign';
import { DEMO_PASSWORD, eventually, Official, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * The award process on a real Temporal server and database: lists of nominees travel the route computed
 * from the award form and the nominating unit's place in the tree, through appraisal, posting with
 * objections, council votes and scores, to a numbered decision or a central outcome.
 */
const COMMUNE = 'TQ-YS-THANGQUAN';
const DISTRICT = 'TQ-YS';
const COUNCIL = ['thuky.hoidong', 'uyvien.hoidong', 'uyvien2.hoidong', 'uyvien3.hoidong', 'uyvien4.hoidong'];

/** The province's own rules: its chairman's Bằng khen is posted for objections, and it recognises initiatives by a scored council. */
const PROVINCE_RULES = {
  validFrom: '2024-01-01',
  reference: 'Quyết định số 25/2026/QĐ-UBND ngày 10/11/2026 của UBND tỉnh Tuyên Quang',
  entries: [
    { key: 'bang-khen-chu-tich-ubnd-tinh', postingWorkingDays: 5 },
    {
      key: 'cong-nhan-sang-kien',
      name: 'Công nhận sáng kiến, ý tưởng mới cấp tỉnh',
      category: 'initiative_recognition',
      nomineeKinds: ['individual'],
      decidedBy: { kind: 'unit_head', units: [{ levelCode: 'tinh', unitKinds: ['ubnd'] }], title: 'Chủ tịch Ủy ban nhân dân tỉnh' },
      appraisedBy: 'Hội đồng thẩm định sáng kiến cấp tỉnh',
      council: {
        kind: 'score',
        // The five criteria of the plan "Đoàn kết sáng tạo" (seed 000), twenty points each.
        criteria: [
          { key: 'tinh-moi', text: 'Tính mới', maxPoints: 20 },
          { key: 'phu-hop', text: 'Tính phù hợp', maxPoints: 20 },
          { key: 'tap-the', text: 'Tính tập thể', maxPoints: 20 },
          { key: 'hieu-qua', text: 'Tính thiết thực, hiệu quả', maxPoints: 20 },
          { key: 'kinh-te', text: 'Tính kinh tế', maxPoints: 20 },
        ],
        passMark: 70,
        quorum: 0.6,
      },
      processingWorkingDays: 15,
      validFrom: '2024-01-01',
      legalBasis: ['Kế hoạch thực hiện phong trào thi đua "Đoàn kết sáng tạo", mục 4 và 5'],
    },
  ],
};

const plan: PlanDefinition = (() => {
  const hourly = hourlyPlan(template as unknown as PlanDefinition);
  const form = (key: string, name: string, quotaPerUnit?: number) => ({
    key,
    catalogueKey: key,
    name,
    decidedBy: { title: name },
    forCollective: true,
    forIndividual: true,
    ...(quotaPerUnit ? { quotaPerUnit } : {}),
  });
  return {
    ...hourly,
    awardForms: [
      form('giay-khen', 'Giấy khen', 2),
      form('bang-khen-chu-tich-ubnd-tinh', 'Bằng khen của Chủ tịch UBND tỉnh', 40),
      form('bang-khen-thu-tuong', 'Bằng khen của Thủ tướng Chính phủ'),
      form('chien-si-thi-dua-cap-tinh', 'Chiến sĩ thi đua cấp tỉnh'),
      form('cong-nhan-sang-kien', 'Công nhận sáng kiến'),
    ],
    // Every step of a dossier due seconds after it opens, and a posted list up for as long.
    taskLimits: { ...hourly.taskLimits, award_step: { kind: 'durationAfter', anchor: 'opened', duration: '8s' } },
  };
})();

function councilMembers(): OrgImport {
  const org = tuyenQuangExtension();
  const member = (username: string) => ({
    username,
    fullName: `Ủy viên ${username}`,
    email: `${username}@tuyenquang.demo.gov.vn`,
    unitCode: 'TQ-SNV',
    roles: ['council_member' as const],
    password: DEMO_PASSWORD,
  });
  return { ...org, officials: [...org.officials, ...COUNCIL.slice(2).map(member)] };
}

const person = (n: number, fullName = `Nguyễn Văn ${String.fromCharCode(65 + (n % 26))}${n}`) => ({
  nominee: {
    kind: 'individual',
    fullName,
    personalId: `0080850${String(10000 + n)}`,
    position: 'Công chức Văn phòng – Thống kê',
    unitCode: COMMUNE,
  },
  achievements: 'Hoàn thành xuất sắc nhiệm vụ chuyển đổi số năm 2026',
});
const minutes = { heldOn: '2026-11-20', present: 9, members: 11 };

describe('the award process, from a unit’s list to a decision', () => {
  let system: SystemUnderTest;
  let flow: CampaignFlow;
  const as = (username: string): Promise<Official> => flow.as(username);
  const dossier = async (id: string, viewer = 'lanhdao.tinh') => (await (await as(viewer)).get(`/award-dossiers/${id}`).expect(200)).body;
  const act = async (username: string, id: string, body: object) => (await as(username)).act(`/award-dossiers/${id}/actions`, body);
  const propose = async (username: string, body: object) => (await as(username)).post(`/campaigns/${flow.campaignId}/award-dossiers`, body);
  /** Proposes and expects the list to be taken; the new dossier's id. */
  const proposed = async (username: string, body: object): Promise<string> => {
    const response = await propose(username, body);
    if (response.status !== 201) throw new Error(`${username} proposes: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  };
  /** Acts and expects the dossier to accept. */
  const step = async (username: string, id: string, body: object) => {
    const response = await act(username, id, body);
    if (response.status !== 200)
      throw new Error(`${username} ${JSON.stringify(body)}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const atStep = (id: string, kind: string) =>
    eventually(`dossier at ${kind}`, async () => {
      const d = await dossier(id);
      return d.route[d.stepIndex]?.kind === kind && d;
    });

  beforeAll(async () => {
    // Every workflow task rebuilt from history: the whole run is a replay, so nondeterminism fails it.
    system = await SystemUnderTest.start(councilMembers(), { maxCachedWorkflows: 0 });
    const admin = await system.login('quantri');
    const rules = await admin.put('/award-catalogue/overrides/TQ', PROVINCE_RULES);
    if (rules.status !== 200) throw new Error(`override: ${rules.status} ${JSON.stringify(rules.body)}`);
    ({ flow } = await draftAndSign(system, plan));
    await flow.waitForStatus('running');
    await eventually('the commune’s nomination duty open', async () =>
      (await flow.progress()).some((row) => row.unitCode === COMMUNE && row.obligationKey === 'khen-thuong-2025' && row.status === 'open'),
    );
  });
  afterAll(() => system?.stop());

  it('(a) decides a commune’s Giấy khen at the commune: it never reaches the district or the province', async () => {
    const created = await propose('chuyenvien.ys-thangquan', { awardKey: 'giay-khen', nominations: [person(1), person(2)], minutes });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.route.map((s: { kind: string; unitCode: string }) => `${s.kind}@${s.unitCode}`)).toEqual([
      `propose@${COMMUNE}`,
      `appraise@${COMMUNE}`,
      `decide@${COMMUNE}`,
    ]);

    await atStep(id, 'propose');
    expect((await act('lanhdao.ys', id, { kind: 'pass' })).status).toBe(403);
    await step('lanhdao.ys-thangquan', id, { kind: 'pass' });
    await atStep(id, 'appraise');
    await step('chuyenvien.ys-thangquan', id, { kind: 'pass', dropped: [{ index: 1, reason: 'Chưa đủ 10 tháng công tác trong năm' }] });
    await atStep(id, 'decide');
    expect((await act('lanhdao.tinh', id, { kind: 'decide' })).status).toBe(403);
    const decided = await step('lanhdao.ys-thangquan', id, { kind: 'decide' });
    expect(decided.decision.number).toBe('1/QĐ-UBND');
    expect(decided.nominations.map((n: { standing: { status: string } }) => n.standing.status)).toEqual(['awarded', 'not_awarded']);
    expect(decided.nominations[1].standing.reason).toBe('Chưa đủ 10 tháng công tác trong năm');

    for (const username of ['lanhdao.tinh', 'lanhdao.ys']) {
      const inbox = (await (await as(username)).get('/inbox?kind=award_step').expect(200)).body;
      expect(inbox.items.filter((item: { obligationKey: string }) => item.obligationKey.includes(id))).toEqual([]);
    }
    const history = (await (await as('chuyenvien.sd')).get(`/award-history?unitCode=${COMMUNE}`).expect(200)).body;
    expect(history.items).toEqual([
      expect.objectContaining({ nomineeName: person(1).nominee.fullName, awardKey: 'giay-khen', decisionNumber: '1/QĐ-UBND' }),
    ]);
  });

  it('(b) takes a provincial Bằng khen through appraisal, posting with an objection answered, the council’s vote and a numbered decision', async () => {
    const names = [person(11, 'Hoàng Thị Lan'), person(12, 'Ma Văn Sinh'), person(13, 'Triệu Thị Hà')];
    const id = await proposed('chuyenvien.ys-thangquan', { awardKey: 'bang-khen-chu-tich-ubnd-tinh', nominations: names, minutes });
    await atStep(id, 'propose');
    await step('lanhdao.ys-thangquan', id, { kind: 'pass' });
    await atStep(id, 'endorse');
    await step('lanhdao.ys', id, { kind: 'pass' });
    await atStep(id, 'appraise');
    expect((await act('thuky.hoidong', id, { kind: 'pass' })).status).toBe(403);
    await step('thamdinh.snv', id, { kind: 'pass' });

    await atStep(id, 'post');
    const posted = await eventually('the list posted', async () => (await dossier(id)).postingEndsAt);
    expect(Date.parse(posted)).toBeGreaterThan(Date.now());
    // Any official of the province finds the list among those posted now, and objects.
    const postings = (await (await as('chuyenvien.sd')).get('/award-postings').expect(200)).body;
    expect(postings.items.map((d: { id: string }) => d.id)).toContain(id);
    expect((await (await as('chuyenvien.sd')).get(`/award-dossiers/${id}`).expect(200)).body.myActions).toContain('object');
    await step('chuyenvien.sd', id, { kind: 'object', index: 1, text: 'Ông Ma Văn Sinh bị kỷ luật khiển trách tháng 6/2026.' });
    // The list is not put to the council while an objection waits for its answer, however long the posting lasted.
    await new Promise((resolve) => setTimeout(resolve, 9000));
    expect((await dossier(id)).route[(await dossier(id)).stepIndex].kind).toBe('post');
    const objectionId = (await dossier(id)).objections[0].id;
    await step('thamdinh.snv', id, {
      kind: 'answer_objection',
      objectionId,
      upheld: true,
      text: 'Xác minh đúng: không đề nghị khen thưởng.',
    });

    await atStep(id, 'council');
    const opened = await step('thuky.hoidong', id, { kind: 'open_council', members: 5, present: 5 });
    // The secretary votes as a member; the session closes only once ballots are cast.
    expect(opened.myActions).toContain('vote');
    expect(opened.myActions).not.toContain('close_council');
    const votes: Record<string, Record<string, string>> = {
      'thuky.hoidong': { 0: 'agree', 2: 'agree' },
      'uyvien.hoidong': { 0: 'agree', 2: 'agree' },
      'uyvien2.hoidong': { 0: 'agree', 2: 'disagree' },
      'uyvien3.hoidong': { 0: 'agree', 2: 'disagree' },
      'uyvien4.hoidong': { 0: 'agree', 2: 'agree' },
    };
    for (const [username, choices] of Object.entries(votes)) {
      const cast = await step(username, id, { kind: 'vote', choices });
      // Secret until the close: a member sees how many voted, not how.
      expect(cast.council.ballots).toBeUndefined();
      expect(cast.council.iVoted).toBe(true);
    }
    expect((await act('uyvien.hoidong', id, { kind: 'vote', choices: votes['uyvien.hoidong'] })).status).toBe(409);
    const closed = await step('thuky.hoidong', id, { kind: 'close_council' });
    expect(closed.council.ballots).toHaveLength(5);
    expect(closed.council.result['0'].passed).toBe(true);
    expect(closed.council.result['2'].passed).toBe(false);

    await atStep(id, 'decide');
    const decided = await step('pho.tinh', id, { kind: 'decide' });
    expect(decided.decision).toMatchObject({ number: '1/QĐ-UBND', capacity: 'KT', signerName: expect.any(String) });
    expect(
      decided.nominations.map(
        (n: { standing: { status: string; stepKind?: string } }) => `${n.standing.status}:${n.standing.stepKind ?? ''}`,
      ),
    ).toEqual(['awarded:', 'not_awarded:post', 'not_awarded:council']);

    const timeline = await readTimeline(await as('lanhdao.tinh'), flow.campaignId, `&unitCode=${COMMUNE}`);
    const actions = timeline.filter((item) => item.obligationKey === `award:${id}`).map((item) => item.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'award_dossier_submitted',
        'award_objection_filed',
        'award_objection_answered',
        'award_posting_ended',
        'award_council_opened',
        'award_ballot_cast',
        'award_council_closed',
        'award_decided',
      ]),
    );
    const ballot = timeline.find((item) => item.obligationKey === `award:${id}` && item.action === 'award_ballot_cast');
    expect(JSON.stringify(ballot)).not.toMatch(/agree/);
  });

  it('(c) forwards a Prime Minister’s Bằng khen to the central level and completes it with the recorded outcome', async () => {
    const id = await proposed('chuyenvien.ys', {
      awardKey: 'bang-khen-thu-tuong',
      nominations: [person(21, 'Lý Văn Tâm'), person(22, 'Bàn Thị Mai')],
      minutes,
    });
    const route = (await dossier(id)).route.map((s: { kind: string; unitCode: string }) => `${s.kind}@${s.unitCode}`);
    expect(route).toEqual([`propose@${DISTRICT}`, 'appraise@TQ', 'council@TQ', 'forward@TQ']);
    await atStep(id, 'propose');
    await step('lanhdao.ys', id, { kind: 'pass' });
    await atStep(id, 'appraise');
    await step('thamdinh.snv', id, { kind: 'pass' });
    await atStep(id, 'council');
    await step('thuky.hoidong', id, { kind: 'open_council', members: 5, present: 4 });
    for (const username of COUNCIL.slice(0, 4)) await step(username, id, { kind: 'vote', choices: { 0: 'agree', 1: 'agree' } });
    await step('thuky.hoidong', id, { kind: 'close_council' });
    await atStep(id, 'forward');
    const forwarded = await step('lanhdao.tinh', id, { kind: 'forward' });
    expect(forwarded.status).toBe('forwarded');
    expect(forwarded.myActions).not.toContain('record_central_outcome');

    await eventually('the appraiser asked to record the outcome', async () => {
      const inbox = (await (await as('thamdinh.snv')).get('/inbox?kind=award_step').expect(200)).body;
      return inbox.items.some((item: { obligationKey: string }) => item.obligationKey === `award:${id}:forward#3:outcome`);
    });
    const done = await step('thamdinh.snv', id, {
      kind: 'record_central_outcome',
      decisionNumber: '1520/QĐ-TTg',
      decidedOn: '2026-12-20',
      awarded: [0],
    });
    expect(done.status).toBe('decided');
    expect(done.nominations[0].standing).toEqual({ status: 'awarded', decisionNumber: '1520/QĐ-TTg' });
    expect(done.nominations[1].standing).toMatchObject({ status: 'not_awarded', stepKind: 'forward' });
    expect((await (await as('lanhdao.tinh')).get(`/award-dossiers/${id}/decision.pdf`)).status).toBe(409);
  });

  it('(d) recognises an initiative or not by the mean of a council of five’s scores', async () => {
    const initiative = (n: number, title: string) => ({ ...person(n), initiative: { title } });
    const id = await proposed('chuyenvien.ys', {
      awardKey: 'cong-nhan-sang-kien',
      nominations: [initiative(31, 'Số hóa hồ sơ một cửa bằng mã QR'), initiative(32, 'Sổ tay giấy ghi chép hộ nghèo')],
      minutes,
    });
    await atStep(id, 'propose');
    await step('lanhdao.ys', id, { kind: 'pass' });
    await atStep(id, 'appraise');
    await step('thamdinh.snv', id, { kind: 'pass' });
    await atStep(id, 'council');
    await step('thuky.hoidong', id, { kind: 'open_council', members: 5, present: 5 });
    const sheet = (points: number) => ({ 'tinh-moi': points, 'phu-hop': points, 'tap-the': points, 'hieu-qua': points, 'kinh-te': points });
    expect((await act('uyvien.hoidong', id, { kind: 'score', points: { 0: { ...sheet(18), 'tinh-moi': 25 }, 1: sheet(10) } })).status).toBe(
      400,
    );
    for (const username of COUNCIL) await step(username, id, { kind: 'score', points: { 0: sheet(16), 1: sheet(11) } });
    const closed = await step('thuky.hoidong', id, { kind: 'close_council' });
    expect(closed.council.result['0']).toMatchObject({ passed: true });
    expect(closed.council.result['1']).toMatchObject({ passed: false });
    await atStep(id, 'decide');
    const decided = await step('lanhdao.tinh', id, { kind: 'decide' });
    expect(decided.nominations.map((n: { standing: { status: string } }) => n.standing.status)).toEqual(['awarded', 'not_awarded']);
    expect(decided.nominations[1].standing.reason).toMatch(/điểm bình quân 55\.00/);
  });

  it('(e) decides a batch of 30 as one list, each name keeping its own outcome, a household and an enterprise among them', async () => {
    const nominations = [
      ...Array.from({ length: 27 }, (_, n) => person(100 + n)),
      {
        nominee: { kind: 'collective', name: 'Văn phòng HĐND và UBND huyện Yên Sơn', unitCode: DISTRICT },
        achievements: 'Tập thể tiêu biểu',
      },
      {
        nominee: { kind: 'household', headFullName: 'ông Hoàng Văn Tư', address: 'Thôn Đồng Giàn, xã Thắng Quân' },
        achievements: 'Hiến đất làm đường',
      },
      {
        nominee: { kind: 'enterprise', name: 'Công ty TNHH Chè Mỹ Lâm', taxCode: '5000123456', address: 'Xã Mỹ Lâm' },
        achievements: 'Chuyển đổi số trong sản xuất',
      },
    ];
    const id = await proposed('chuyenvien.ys', { awardKey: 'bang-khen-chu-tich-ubnd-tinh', nominations, minutes });
    await atStep(id, 'propose');
    await step('lanhdao.ys', id, { kind: 'pass', dropped: [{ index: 3, reason: 'Đã được khen năm 2025' }] });
    await atStep(id, 'appraise');
    await step('thamdinh.snv', id, {
      kind: 'pass',
      dropped: [
        { index: 5, reason: 'Thiếu báo cáo thành tích' },
        { index: 6, reason: 'Thiếu xác nhận của cơ quan quản lý' },
      ],
    });
    await atStep(id, 'post');
    await atStep(id, 'council');
    await step('thuky.hoidong', id, { kind: 'open_council', members: 5, present: 5 });
    const running = (await dossier(id)).nominations
      .filter((n: { standing: { status: string } }) => n.standing.status === 'in_progress')
      .map((n: { index: number }) => n.index);
    expect(running).toHaveLength(27);
    for (const username of COUNCIL) {
      const choices = Object.fromEntries(
        running.map((index: number) => [index, index === 7 && username !== 'thuky.hoidong' ? 'disagree' : 'agree']),
      );
      await step(username, id, { kind: 'vote', choices });
    }
    await step('thuky.hoidong', id, { kind: 'close_council' });
    await atStep(id, 'decide');
    const decided = await step('lanhdao.tinh', id, { kind: 'decide' });
    expect(decided.decision.number).toBe('3/QĐ-UBND');
    const outcomes = decided.nominations.map(
      (n: { standing: { status: string; stepKind?: string } }) => `${n.standing.status}:${n.standing.stepKind ?? ''}`,
    );
    expect(outcomes.filter((o: string) => o === 'awarded:')).toHaveLength(26);
    expect([outcomes[3], outcomes[5], outcomes[6], outcomes[7]]).toEqual([
      'not_awarded:propose',
      'not_awarded:appraise',
      'not_awarded:appraise',
      'not_awarded:council',
    ]);
    expect(outcomes.slice(27)).toEqual(['awarded:', 'awarded:', 'awarded:']);

    const statistics = (await (await as('lanhdao.tinh')).get(`/campaigns/${flow.campaignId}/award-statistics`).expect(200)).body;
    expect(statistics.byAward.find((row: { key: string }) => row.key === 'bang-khen-chu-tich-ubnd-tinh')).toEqual({
      key: 'bang-khen-chu-tich-ubnd-tinh',
      dossiers: 2,
      nominated: 33,
      awarded: 27,
      notAwarded: 6,
      inProgress: 0,
    });
    const history = (
      await (await as('lanhdao.tinh')).get(`/award-history?unitCode=${DISTRICT}&awardKey=bang-khen-chu-tich-ubnd-tinh`).expect(200)
    ).body;
    expect(history.total).toBe(26);
    expect(history.items.map((r: { nomineeKind: string }) => r.nomineeKind)).toEqual(
      expect.arrayContaining(['household', 'enterprise', 'collective']),
    );
  });

  it('(f) refuses a list that breaks a prerequisite or the plan’s quota, with the reason, and starts nothing', async () => {
    const before = (await (await as('chuyenvien.ys-thangquan')).get(`/campaigns/${flow.campaignId}/award-dossiers`).expect(200)).body.total;
    const overQuota = await propose('chuyenvien.ys-thangquan', { awardKey: 'giay-khen', nominations: [person(41), person(42)], minutes });
    expect(overQuota.status).toBe(400);
    expect(JSON.stringify(overQuota.body)).toMatch(/Vượt số lượng/);

    const noPrerequisite = await propose('chuyenvien.ys-thangquan', {
      awardKey: 'chien-si-thi-dua-cap-tinh',
      nominations: [person(43)],
      minutes,
    });
    expect(noPrerequisite.status).toBe(400);
    expect(noPrerequisite.body.errors[0].path).toMatch(/^nominations\[0\]/);
    expect(noPrerequisite.body.errors[0].message).toMatch(/Chiến sĩ thi đua cơ sở/);

    const notOffered = await propose('chuyenvien.ys-thangquan', { awardKey: 'co-thi-dua-chinh-phu', nominations: [person(44)], minutes });
    expect(notOffered.status).toBe(400);
    const wrongKind = await propose('chuyenvien.ys-thangquan', {
      awardKey: 'giay-khen',
      nominations: [{ nominee: { kind: 'household', headFullName: 'bà Lộc Thị Hoa', address: 'Thôn Cầu Trôi' }, achievements: 'x' }],
      minutes,
    });
    expect(wrongKind.status).toBe(400);
    expect((await (await as('chuyenvien.ys-thangquan')).get(`/campaigns/${flow.campaignId}/award-dossiers`).expect(200)).body.total).toBe(
      before,
    );
  });

  it('(g) prints the decision and a certificate as PDF in the administrative layout', async () => {
    const listed = (await (await as('lanhdao.tinh')).get(`/campaigns/${flow.campaignId}/award-dossiers?limit=50`).expect(200)).body.items;
    const batch = listed.find((d: { decision?: { number: string } }) => d.decision?.number === '3/QĐ-UBND');
    const leader = await as('lanhdao.tinh');
    const pdf = await leader.get(`/award-dossiers/${batch.id}/decision.pdf`).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);
    const decision = extractPdf(pdf.body as Buffer);
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 03/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'Điều 1.',
      'Công ty TNHH Chè Mỹ Lâm',
      'Hộ ông Hoàng Văn Tư',
      'Nơi nhận:',
      'CHỦ TỊCH',
    ]) {
      expect(decision.text).toContain(text);
    }
    expect(decision.pages.length).toBeGreaterThan(1);

    const certificate = extractPdf(
      (await leader.get(`/award-dossiers/${batch.id}/certificates/0.pdf`).buffer(true).parse(binary).expect(200)).body as Buffer,
    );
    expect(certificate.pages[0].width).toBeGreaterThan(certificate.pages[0].height);
    expect(certificate.text).toContain('BẰNG KHEN');
    expect(certificate.text).toContain(person(100).nominee.fullName);
    expect(certificate.text).toContain('3/QĐ-UBND');
    expect((await leader.get(`/award-dossiers/${batch.id}/certificates/3.pdf`)).status).toBe(404);
  });

  it('(i) keeps the dossier’s documents with their checksums on the log, and refuses a changed file', async () => {
    // Sent twice with the same request id (the first answer lost): one dossier.
    const requestId = randomUUID();
    const id = await proposed('chuyenvien.ys', { requestId, awardKey: 'giay-khen', nominations: [person(51)], minutes });
    expect(id).toBe(requestId);
    expect(await proposed('chuyenvien.ys', { requestId, awardKey: 'giay-khen', nominations: [person(51)], minutes })).toBe(id);
    const clerk = await as('chuyenvien.ys');
    const pdfBytes = Buffer.from('%PDF-1.4\n% Tờ trình đề nghị tặng Giấy khen\n%%EOF\n', 'utf8');
    const upload = (kind: string, name: string, type: string, bytes: Buffer) =>
      clerk.upload(`/award-dossiers/${id}/attachments`).field('kind', kind).attach('file', bytes, { filename: name, contentType: type });
    expect((await dossier(id, 'chuyenvien.ys')).missingDocuments).toEqual(['to_trinh', 'bao_cao_thanh_tich', 'bien_ban']);

    const added = await upload('to_trinh', 'Tờ trình số 12.pdf', 'application/pdf', pdfBytes);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      kind: 'to_trinh',
      fileName: 'Tờ trình số 12.pdf',
      size: pdfBytes.length,
      sha256: createHash('sha256').update(pdfBytes).digest('hex'),
    });
    expect((await upload('to_trinh', 'virus.exe', 'application/x-msdownload', Buffer.from('MZ'))).status).toBe(400);
    expect((await upload('khac', 'lon.pdf', 'application/pdf', Buffer.alloc(10 * 1024 * 1024 + 1, 1))).status).toBe(400);
    expect((await upload('giay_to', 'x.pdf', 'application/pdf', pdfBytes)).status).toBe(400);

    // The district's KPI figures reported in the campaign come with its dossier as evidence.
    const kpis = Object.fromEntries(
      plan.participantGroups
        .find((group) => group.match.levels?.includes('huyen'))!
        .criteria.filter((criterion) => criterion.kind === 'kpi')
        .slice(0, 1)
        .map((criterion) => [criterion.key, 85]),
    );
    expect((await flow.submit(DISTRICT, 'so-ket-2023', { kpiValues: kpis })).status).toBe(200);
    await eventually('the reported KPIs as evidence', async () =>
      (await dossier(id, 'chuyenvien.ys')).evidence.some(
        (e: { obligationKey: string; kpiValues: object }) =>
          e.obligationKey === 'so-ket-2023' && JSON.stringify(e.kpiValues) === JSON.stringify(kpis),
      ),
    );

    const withFile = await eventually('the document on the dossier', async () => {
      const d = await dossier(id, 'chuyenvien.ys');
      return d.attachments.length === 1 && d;
    });
    expect(withFile.missingDocuments).toEqual(['bao_cao_thanh_tich', 'bien_ban']);
    const timeline = await readTimeline(await as('lanhdao.tinh'), flow.campaignId, `&unitCode=${DISTRICT}`);
    expect(timeline.find((item) => item.obligationKey === `award:${id}` && item.action === 'award_attachment_added')?.values).toMatchObject(
      {
        sha256: added.body.sha256,
      },
    );

    const download = () => clerk.get(`/award-dossiers/${id}/attachments/${added.body.id}`).buffer(true).parse(binary);
    expect(Buffer.compare((await download().expect(200)).body as Buffer, pdfBytes)).toBe(0);
    await system.app.dataSource.query(
      `UPDATE award_attachments SET content = $1 WHERE id = $2`.replace(
        /\$\d/g,
        system.app.dataSource.options.type === 'postgres' ? (m) => m : () => '?',
      ),
      [Buffer.from('%PDF-1.4 sửa lại'), added.body.id],
    );
    const changed = await download();
    expect(changed.status).toBe(409);
  });

  it('(h) verifies: every dossier’s history replays deterministically and its steps are on the unbroken chain', async () => {
    const report = (await (await as('thanhtra.tinh')).get(`/campaigns/${flow.campaignId}/verification`).expect(200)).body;
    const dossiers = report.replay.workflows.filter((w: { workflowId: string }) => w.workflowId.startsWith(`award:${flow.campaignId}:`));
    expect(dossiers).toHaveLength(6);
    expect(report.chain).toMatchObject({ ok: true });
    expect(report.replay).toMatchObject({ deterministic: true, mismatches: [] });

    // A dossier's read model edited behind the workflow's back: the replay names the row and the field.
    const dossierId = (dossiers[0].workflowId as string).split(':')[2];
    const rows = system.app.dataSource.getRepository(AwardDossierEntity);
    const { status } = await rows.findOneByOrFail({ id: dossierId });
    const edited = status === 'expired' ? 'decided' : 'expired';
    await rows.update(dossierId, { status: edited });
    try {
      const tampered = (await (await as('thanhtra.tinh')).get(`/campaigns/${flow.campaignId}/verification`).expect(200)).body;
      expect(tampered.ok).toBe(false);
      expect(tampered.replay.mismatches).toEqual([
        { workflowId: dossiers[0].workflowId, subject: `award_dossiers ${dossierId}`, field: 'status', logged: edited, replayed: status },
      ]);
    } finally {
      await rows.update(dossierId, { status });
    }
  });
});

/** supertest's parser for a binary body: collect the bytes. */
function binary(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}
