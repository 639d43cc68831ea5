import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { approvalWorkflowId, campaignWorkflowId, participationWorkflowId } from '@tdkt/contracts';
import { WorkflowHistoryEntity } from '@tdkt/persistence';
import { workspaceRoot } from '@tdkt/temporal';
import { DecisionLogTampering } from './audit/decision-log-tampering';
import { forgetInTemporal } from './audit/forget-in-temporal';
import { archiveFinished } from './audit/archive-finished';
import { readTimeline, stepsOf } from './audit/timeline-reader';
import { CampaignFlow } from './campaign-flow';
import { compressPlan } from './compressed-plan';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';
import { actorsOf, tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * Seed 003 (Tuyên Quang, "Chuyển đổi số") run as data, stage 1, from drafting to closed, on a real
 * Temporal server and database, with its five-year calendar compressed to seconds by data.
 */
const LATE_COMMUNE = 'TQ-YS-THANGQUAN';
const RETURNED_DISTRICT = 'TQ-SD';
const timeline = {
  'phat-dong': { opens: 0, due: { xa: 30, huyen: 32, tinh: 34 } },
  'trien-khai': { opens: 0, due: { default: 36 } },
  'so-ket-2023': { opens: 0, due: { xa: 40, huyen: 150, tinh: 160 } },
  'tong-ket-2025': { opens: 0, due: { xa: 170, huyen: 180, tinh: 190 } },
  'khen-thuong-2025': { opens: 0, due: { xa: 200, huyen: 210, tinh: 220 } },
};
const plan = compressPlan(template as unknown as PlanDefinition, 'giai-doan-1', timeline, {
  before: ['5s', '0s'],
  overdueEvery: '4s',
  escalateAfter: '8s',
});
const kpisOf = (levelCode: string) => {
  const group = plan.participantGroups.find((g) => g.match.levels?.includes(levelCode));
  return Object.fromEntries(
    (group?.criteria ?? [])
      .filter((c) => c.kind === 'kpi')
      .slice(0, 2)
      .map((c, i) => [c.key, 80 + i]),
  );
};

describe('seed 003 as data: the whole of stage 1 on a real Temporal server', () => {
  let system: SystemUnderTest;
  let flow: CampaignFlow;
  let rows: Awaited<ReturnType<CampaignFlow['progress']>>;
  let extendedTo: string;
  const participants = () => [...new Set(rows.map((r) => r.unitCode))].filter((code) => code !== 'TQ');
  const levelOf = (unitCode: string) => rows.find((r) => r.unitCode === unitCode)!.levelCode;

  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
  });
  afterAll(() => system?.stop());

  it('refuses a plan that cannot run, field by field, and creates nothing', async () => {
    const drafter = await system.login('chuyenvien.tinh');
    const broken = structuredClone(plan);
    broken.participantGroups[0].criteria.push({
      kind: 'kpi',
      key: 'khong-chi-tieu',
      text: 'KPI thiếu chỉ tiêu',
      unit: '%',
      comparison: 'atLeast',
      aggregate: 'average',
    } as never);
    broken.participants.unitCodes = ['KHONG-TON-TAI'];
    const response = await drafter.post('/campaigns', { plan: broken }).expect(400);
    const paths = response.body.errors.map((e: { path: string }) => e.path).join(' ');
    expect(paths).toContain('participants.unitCodes');
    expect(paths).toContain('participantGroups[0].criteria');
    expect((await drafter.get('/campaigns').expect(200)).body.total).toBe(0);
  });

  it('goes up the approval chain: wrong officials refused, the deputy signs KT., the plan is numbered and issued', async () => {
    const drafter = await system.login('chuyenvien.tinh');
    const created = await drafter.post('/campaigns', { plan }).expect(201);
    flow = new CampaignFlow(system, created.body.id);
    const decide = async (username: string, body: object) =>
      (await flow.as(username)).act(`/campaigns/${flow.campaignId}/plan-decisions`, body);

    await eventually(
      'approval chain running',
      async () => (await drafter.get(`/campaigns/${flow.campaignId}`)).body.approval?.status === 'pending',
    );
    expect((await decide('lanhdao.ys', { action: 'approve' })).status).toBe(403);
    expect((await decide('lanhdao.snv', { action: 'approve', comment: 'Sở Nội vụ thống nhất' })).status).toBe(200);
    expect((await decide('pho.tinh', { action: 'approve', capacity: 'TM' })).status).toBe(400);
    const signed = await decide('pho.tinh', { action: 'approve' });
    // As the document is signed: on behalf of the Committee, in place of the Chair, by the Vice-Chair.
    expect(signed.body).toMatchObject({
      stepKey: 'sign',
      capacity: 'KT',
      actor: { username: 'pho.tinh' },
      signature: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    });

    const running = await flow.waitForStatus('running');
    expect(running.planNumber).toBe('1/KH-UBND');
  });

  it('fans out to every participating unit along the tree, each with its obligations in the inbox', async () => {
    // 20 participants × 5 phases, plus the issuer's own review and nomination obligations.
    rows = await flow.waitForOpen(20 * 5 + 3);
    expect(participants()).toHaveLength(20);
    expect(new Set(rows.map((r) => r.levelCode))).toEqual(new Set(['tinh', 'huyen', 'xa']));
    expect(rows.find((r) => r.unitCode === LATE_COMMUNE)?.reportsTo).toBe('TQ-YS');

    const inbox = (await (await flow.as('chuyenvien.ys-thangquan')).get('/inbox').expect(200)).body;
    expect(inbox.items.map((i: { obligationKey: string }) => i.obligationKey)).toEqual([
      'phat-dong',
      'trien-khai',
      'so-ket-2023',
      'tong-ket-2025',
      'khen-thuong-2025',
    ]);
  });

  it('launch and implementation: every unit registers and reports, its leader approves', async () => {
    await Promise.all(participants().map((unit) => flow.complete(unit, 'phat-dong', { localPlanReference: `KH-${unit}` })));
    await Promise.all(participants().map((unit) => flow.complete(unit, 'trien-khai', { kpiValues: kpisOf(levelOf(unit)) })));
    const done = (await flow.progress()).filter((r) => ['phat-dong', 'trien-khai'].includes(r.obligationKey));
    expect(done.every((r) => r.status === 'approved')).toBe(true);
  });

  it('sơ kết: a retried click applies once, two leaders at once → one wins, a report is returned and resubmitted', async () => {
    const communes = participants().filter((u) => levelOf(u) === 'xa' && u !== LATE_COMMUNE);
    await Promise.all(communes.map((unit) => flow.complete(unit, 'so-ket-2023', { kpiValues: kpisOf('xa') })));

    const requestId = randomUUID();
    const specialist = await flow.as('chuyenvien.ys');
    const path = flow.obligationPath('TQ-YS', 'so-ket-2023', 'submission');
    const first = await specialist
      .post(path, { requestId, summary: 'Báo cáo sơ kết huyện Yên Sơn', kpiValues: kpisOf('huyen') })
      .expect(200);
    const retried = await specialist
      .post(path, { requestId, summary: 'Báo cáo sơ kết huyện Yên Sơn', kpiValues: kpisOf('huyen') })
      .expect(200);
    expect(retried.body).toEqual(first.body);

    const [a, b] = await Promise.all([
      flow.decide('TQ-YS', 'so-ket-2023', 'approve', undefined, 'lanhdao.ys'),
      flow.decide('TQ-YS', 'so-ket-2023', 'approve', undefined, 'pho.ys'),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);

    expect((await flow.submit(RETURNED_DISTRICT, 'so-ket-2023', { kpiValues: kpisOf('huyen') })).status).toBe(200);
    expect((await flow.decide(RETURNED_DISTRICT, 'so-ket-2023', 'return')).status).toBe(400); // a return needs a comment
    expect((await flow.decide(RETURNED_DISTRICT, 'so-ket-2023', 'return', 'Bổ sung số liệu cấp xã')).status).toBe(200);
    const returned = (await flow.progress()).find((r) => r.unitCode === RETURNED_DISTRICT && r.obligationKey === 'so-ket-2023');
    expect(returned?.status).toBe('returned');
    await flow.complete(RETURNED_DISTRICT, 'so-ket-2023', { kpiValues: kpisOf('huyen') });
  });

  it('sơ kết: the late commune is reminded, then escalated to its district, asks for an extension, gets it, and reports', async () => {
    const communeSpecialist = 'chuyenvien.ys-thangquan@tuyenquang.demo.gov.vn';
    const districtLeader = 'lanhdao.ys@tuyenquang.demo.gov.vn';
    const mailTo = (address: string, subject: RegExp) =>
      system.smtp.messages.filter((m) => m.to && JSON.stringify(m.to).includes(address) && subject.test(m.subject ?? ''));

    await eventually(
      'a reminder before the due time',
      async () => mailTo(communeSpecialist, /^\[(Nhắc việc|Đến hạn)\] .*[Ss]ơ kết/).length > 0,
      90_000,
    );
    await eventually('an overdue notice', async () => mailTo(communeSpecialist, /^\[Quá hạn\] /).length > 0, 90_000);
    // Exactly one escalation for this report, however slow the machine made the commune's other duties.
    await eventually(
      'escalation to the district leader',
      async () => mailTo(districtLeader, /^\[Quá hạn\] .*Thắng Quân.*Sơ kết/).length === 1,
      90_000,
    );
    const late = (await flow.progress()).find((r) => r.unitCode === LATE_COMMUNE && r.obligationKey === 'so-ket-2023')!;
    expect(late.escalated).toBe(true);
    expect(late.remindersSent).toBeGreaterThanOrEqual(2);

    const proposedDueAt = new Date(Date.now() + 120_000).toISOString();
    extendedTo = proposedDueAt;
    const requested = await (
      await flow.as('chuyenvien.ys-thangquan')
    ).act(flow.obligationPath(LATE_COMMUNE, 'so-ket-2023', 'extension-request'), { proposedDueAt, reason: 'Cán bộ phụ trách ốm dài ngày' });
    expect(requested.status).toBe(200);
    // Only the parent's leader may grant; the commune's own leader may not.
    expect(
      (
        await (
          await flow.as('lanhdao.ys-thangquan')
        ).act(flow.obligationPath(LATE_COMMUNE, 'so-ket-2023', 'extension-decision'), { grant: true })
      ).status,
    ).toBe(403);
    const districtInbox = (await (await flow.as('lanhdao.ys')).get('/inbox').expect(200)).body.items;
    expect(
      districtInbox.some((i: { unitCode: string; action: string }) => i.unitCode === LATE_COMMUNE && i.action === 'decide_extension'),
    ).toBe(true);
    expect(
      (
        await (
          await flow.as('lanhdao.ys')
        ).act(flow.obligationPath(LATE_COMMUNE, 'so-ket-2023', 'extension-decision'), { grant: true, comment: 'Đồng ý gia hạn' })
      ).status,
    ).toBe(200);
    const extended = (await flow.progress()).find((r) => r.unitCode === LATE_COMMUNE && r.obligationKey === 'so-ket-2023')!;
    expect(new Date(extended.dueAt).toISOString()).toBe(proposedDueAt);

    await flow.complete(LATE_COMMUNE, 'so-ket-2023', { kpiValues: kpisOf('xa') });
  });

  it('sơ kết up the tree: districts and departments aggregate their children, the province approves its aggregate', async () => {
    const leader = await flow.as('lanhdao.ys');
    const aggregate = (await leader.get(`/campaigns/${flow.campaignId}/units/TQ-YS/aggregate?phase=so-ket-2023`).expect(200)).body;
    const [firstKpi] = Object.keys(kpisOf('xa'));
    expect(aggregate[firstKpi]).toMatchObject({ count: 8, average: 80 });

    const remaining = participants().filter((u) => levelOf(u) === 'tinh');
    await Promise.all(remaining.map((unit) => flow.complete(unit, 'so-ket-2023', { kpiValues: kpisOf('tinh') })));
    await flow.complete('TQ', 'so-ket-2023', { summary: 'Tổng hợp sơ kết toàn tỉnh' });
    const soKet = (await flow.progress()).filter((r) => r.obligationKey === 'so-ket-2023');
    expect(soKet.every((r) => r.status === 'approved')).toBe(true);
  });

  it('tổng kết and nominations, bottom-up, then the campaign closes', async () => {
    const byLevel = (level: string) => participants().filter((u) => levelOf(u) === level);
    for (const key of ['tong-ket-2025', 'khen-thuong-2025']) {
      for (const level of ['xa', 'huyen', 'tinh']) {
        await Promise.all(
          byLevel(level).map((unit) =>
            flow.complete(
              unit,
              key,
              key.startsWith('khen-thuong')
                ? {
                    nominations: [
                      {
                        awardFormKey: plan.awardForms[plan.awardForms.length - 1].key,
                        nominee: { kind: 'collective', name: unit },
                        achievements: 'Hoàn thành xuất sắc chỉ tiêu chuyển đổi số',
                      },
                    ],
                  }
                : { kpiValues: kpisOf(level) },
            ),
          ),
        );
      }
      if (key === 'tong-ket-2025') await flow.complete('TQ', key);
    }

    // The issuer decides each nomination its units' leaders approved: one is turned down.
    const issuerLeader = await flow.as('lanhdao.tinh');
    const nominations = (await issuerLeader.get(`/campaigns/${flow.campaignId}/nominations`).expect(200)).body as {
      unitCode: string;
      index: number;
    }[];
    expect(nominations).toHaveLength(participants().length);
    const nominationDecisions = nominations.map((n, i) => ({
      unitCode: n.unitCode,
      index: n.index,
      outcome: i === 0 ? 'rejected' : 'approved',
      comment: i === 0 ? 'Chưa đủ tiêu chuẩn' : undefined,
    }));
    expect(
      (await flow.submit('TQ', 'khen-thuong-2025', { nominationDecisions: [{ unitCode: 'TQ-KHONG', index: 0, outcome: 'approved' }] }))
        .status,
    ).toBe(400);
    await flow.complete('TQ', 'khen-thuong-2025', { nominationDecisions });
    const decided = (await issuerLeader.get(`/campaigns/${flow.campaignId}/nominations`).expect(200)).body as {
      decision: { outcome: string; final: boolean };
    }[];
    expect(decided.filter((n) => n.decision?.final && n.decision.outcome === 'rejected')).toHaveLength(1);
    expect(decided.filter((n) => n.decision?.final && n.decision.outcome === 'approved')).toHaveLength(participants().length - 1);

    const closed = await flow.waitForStatus('closed');
    expect(closed.planNumber).toBe('1/KH-UBND');
    const summary = (await (await flow.as('lanhdao.tinh')).get(`/campaigns/${flow.campaignId}/progress`).expect(200)).body;
    expect(
      Object.values(summary.byLevel).every(
        (counts) => (counts as { approved: number; total: number }).approved === (counts as { total: number }).total,
      ),
    ).toBe(true);

    await recordHistoriesIfAsked(system.app.temporal.client, {
      'campaign-seed-003': campaignWorkflowId(flow.campaignId),
      'plan-approval-seed-003': approvalWorkflowId({ kind: 'plan', id: flow.campaignId }),
      'participation-late-commune-seed-003': participationWorkflowId(flow.campaignId, LATE_COMMUNE),
      'participation-returned-district-seed-003': participationWorkflowId(flow.campaignId, RETURNED_DISTRICT),
      'participation-issuer-seed-003': participationWorkflowId(flow.campaignId, 'TQ'),
    });
  });

  // The audit record of the run above: what an inspector reads and checks, years later.
  const workflowsOfCampaign = () => [
    campaignWorkflowId(flow.campaignId),
    approvalWorkflowId({ kind: 'plan', id: flow.campaignId }),
    ...[...new Set(rows.map((r) => r.unitCode))].map((unit) => participationWorkflowId(flow.campaignId, unit)),
  ];

  it('archives every history of the closed campaign, each recorded with its hash', async () => {
    await archiveFinished(system.app.temporal.client, flow.campaignId);
    const archived = await system.app.dataSource.getRepository(WorkflowHistoryEntity).findBy({ campaignId: flow.campaignId });
    expect(archived.map((h) => h.workflowId).sort()).toEqual(workflowsOfCampaign().sort());
    expect(archived.every((h) => h.closeStatus === 'COMPLETED' && h.sha256.length === 64)).toBe(true);
  });

  it('shows every decision of the run on the timeline, in order, with who, in which capacity and why', async () => {
    const items = await readTimeline(await flow.as('thanhtra.tinh'), flow.campaignId);
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort());
    // Decisions and changes of duty; the log's own entries and the opening of each human step aside.
    const business = items.filter((i) => !['chain_sealed', 'history_archived', 'task_opened'].includes(i.action));
    expect(business.slice(0, 5).map((i) => [i.action, i.actor?.username ?? null, i.actor?.role ?? null, i.capacity, i.comment])).toEqual([
      ['plan_submitted', 'chuyenvien.tinh', 'specialist', null, null],
      ['plan_approved', 'lanhdao.snv', 'leader', null, 'Sở Nội vụ thống nhất'],
      ['plan_signed', 'pho.tinh', 'deputy_leader', 'KT', null],
      ['number_assigned', null, null, null, null],
      ['campaign_issued', null, null, null, null],
    ]);
    expect(business[3].values).toEqual({ planNumber: '1/KH-UBND' });

    const obligations = rows.length;
    expect(items.filter((i) => i.action === 'obligation_opened')).toHaveLength(obligations);
    expect(items.filter((i) => i.action === 'report_approved')).toHaveLength(obligations);
    const districtApprover = actorsOf(RETURNED_DISTRICT).approver;
    expect(stepsOf(items, RETURNED_DISTRICT, 'so-ket-2023').filter(([action]) => action.startsWith('report_'))).toEqual([
      ['report_submitted', actorsOf(RETURNED_DISTRICT).submitter, null, null],
      ['report_returned', districtApprover, null, 'Bổ sung số liệu cấp xã'],
      ['report_submitted', actorsOf(RETURNED_DISTRICT).submitter, null, null],
      ['report_approved', districtApprover, null, null],
    ]);
    // Two leaders at once: only the winner's approval is on record, and the deputy's would read KT.
    expect(stepsOf(items, 'TQ-YS', 'so-ket-2023').filter(([action]) => action === 'report_approved')).toHaveLength(1);

    const late = stepsOf(items, LATE_COMMUNE, 'so-ket-2023').map(([action]) => action);
    for (const step of ['reminder_sent', 'overdue_notice_sent', 'escalated', 'extension_requested', 'extension_granted'])
      expect(late).toContain(step);
    expect(late.indexOf('escalated')).toBeLessThan(late.indexOf('extension_requested'));
    const granted = items.find((i) => i.unitCode === LATE_COMMUNE && i.action === 'extension_granted')!;
    expect(granted).toMatchObject({
      actor: { username: 'lanhdao.ys', role: 'leader' },
      comment: 'Đồng ý gia hạn',
      values: { newDueAt: extendedTo },
    });
    expect(items.find((i) => i.unitCode === LATE_COMMUNE && i.action === 'escalated')?.values).toEqual({ escalatedTo: 'TQ-YS' });

    const decided = items.filter((i) => i.action === 'nomination_decided');
    expect(decided).toHaveLength(20);
    expect(decided.filter((i) => i.values?.outcome === 'rejected').map((i) => i.comment)).toEqual(['Chưa đủ tiêu chuẩn']);
    expect(business[business.length - 1].action).toBe('campaign_closed');
  });

  it('verifies: the chain is whole, every history replays deterministically, and nothing differs from the record', async () => {
    const report = (await (await flow.as('thanhtra.tinh')).get(`/campaigns/${flow.campaignId}/verification`).expect(200)).body;
    expect(report.chain).toMatchObject({ ok: true, firstBadRow: null });
    // At issue and at the close; the phase boundaries (the issuer's due dates) fall after this quick run has closed.
    expect(report.chain.seals).toBeGreaterThanOrEqual(2);
    expect(report.replay.workflows.map((w: { workflowId: string }) => w.workflowId).sort()).toEqual(workflowsOfCampaign().sort());
    expect(report.replay).toMatchObject({ deterministic: true, mismatches: [] });
    expect(report.ok).toBe(true);
  });

  it('names the first edited, deleted, inserted, reordered or rewritten row of the log', async () => {
    const auditor = await flow.as('thanhtra.tinh');
    const tampering = new DecisionLogTampering(system.app.dataSource, flow.campaignId);
    const log = await tampering.snapshot();
    const signed = log.find((row) => row.action === 'plan_signed')!;
    const verify = async () => (await auditor.get(`/campaigns/${flow.campaignId}/verification`).expect(200)).body;
    const cases: [string, () => Promise<void>, { seq: number; problem: string }][] = [
      ['edited', () => tampering.edit(signed.seq, 'Không đồng ý'), { seq: signed.seq, problem: 'edited' }],
      ['deleted', () => tampering.delete(10), { seq: 11, problem: 'deleted' }],
      ['inserted', () => tampering.insertForged(20, { eventKey: 'forged', comment: 'Bổ sung sau' }), { seq: 21, problem: 'inserted' }],
      ['swapped', () => tampering.swap(30, 31), { seq: 30, problem: 'reordered' }],
      ['rewritten end to end', () => tampering.rewriteFrom(signed.seq, 'Không đồng ý'), { seq: expect.any(Number), problem: 'rewritten' }],
    ];
    for (const [name, tamper, expected] of cases) {
      await tamper();
      const report = await verify();
      expect({ name, ok: report.ok, firstBadRow: report.chain.firstBadRow }).toMatchObject({ name, ok: false, firstBadRow: expected });
      await tampering.restore();
    }
    expect((await verify()).ok).toBe(true);
  });

  it('verifies from the command line too, and fails there on a tampered log', async () => {
    const run = () =>
      spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/audit-cli/src/main.ts', 'verify', flow.campaignId], {
        cwd: workspaceRoot(),
        env: process.env,
        encoding: 'utf8',
      });
    const clean = run();
    expect({ status: clean.status, stderr: clean.stderr.slice(-400) }).toMatchObject({ status: 0 });
    expect(JSON.parse(clean.stdout)).toMatchObject({ ok: true, chain: { ok: true } });
    const tampering = new DecisionLogTampering(system.app.dataSource, flow.campaignId);
    const log = await tampering.snapshot();
    await tampering.edit(log[5].seq, 'Đã sửa');
    const tampered = run();
    await tampering.restore();
    expect(tampered.status).toBe(1);
    expect(JSON.parse(tampered.stdout).chain.firstBadRow).toMatchObject({ seq: log[5].seq, problem: 'edited' });
  });

  it('still verifies, and still shows the plan’s approval, once Temporal has forgotten the campaign', async () => {
    await forgetInTemporal(system.app.temporal.client, workflowsOfCampaign());
    const auditor = await flow.as('thanhtra.tinh');
    const report = (await auditor.get(`/campaigns/${flow.campaignId}/verification`).expect(200)).body;
    expect(report).toMatchObject({ ok: true, replay: { deterministic: true, mismatches: [] } });
    expect(report.replay.workflows.every((w: { from: string }) => w.from === 'archive')).toBe(true);
    const campaign = (await auditor.get(`/campaigns/${flow.campaignId}`).expect(200)).body;
    expect(campaign.approval).toMatchObject({ status: 'approved' });
    expect(campaign.approval.decisions.map((d: { capacity: string | null }) => d.capacity)).toEqual([null, 'KT']);
  });
});
