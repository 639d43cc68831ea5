import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { orgChangeWorkflowId, participationWorkflowId } from '@tdkt/contracts';
import type { OrgImport, PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { DEMO_ORG } from '@tdkt/persistence';
import { CampaignFlow, ProgressRow } from './campaign-flow';
import { hourlyPlan } from './compressed-plan';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';
import { actorsOf, tuyenQuangExtension } from './tuyen-quang-fixture';

const run = promisify(execFile);
const REPO_ROOT = resolve(__dirname, '../../..');

const THANGQUAN = 'TQ-YS-THANGQUAN';
const LANGQUAN = 'TQ-YS-LANGQUAN';
const SUCCESSOR = 'TQ-YS-TANTHANG';
const PHASES = ['phat-dong', 'so-ket-2023'];
const LEVELS_LOWEST_FIRST = ['xa', 'huyen', 'tinh'];
const ISSUER = 'TQ';
const REASON = 'Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã';

/** Seed 003's launch and interim review, both open at issue and due hours later: the campaign runs while the org changes. */
const plan: PlanDefinition = (() => {
  const hourly = hourlyPlan(template as unknown as PlanDefinition);
  const stage = hourly.stages[0];
  return { ...hourly, stages: [{ ...stage, phases: stage.phases.filter((p) => PHASES.includes(p.key)) }] };
})();

/**
 * The demo province below its root, which the bootstrap created (its administrator replaces the demo's), with
 * officials for the department of information too, so every participant has someone to act.
 */
function provinceBelowRoot(): OrgImport {
  return {
    levels: DEMO_ORG.levels!.filter((l) => l.code !== 'tinh'),
    units: DEMO_ORG.units.filter((u) => u.parentCode),
    officials: [
      ...DEMO_ORG.officials.filter((o) => o.username !== 'quantri'),
      ...tuyenQuangExtension().officials.filter((o) => o.unitCode === 'TQ-STTTT'),
    ],
  };
}

const vietnamToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const vietnamDay = (daysFromToday: number) => new Date(Date.now() + 7 * 3600_000 + daysFromToday * 86_400_000).toISOString().slice(0, 10);

/** A report's content as each phase asks for it. */
const contentFor = (unitCode: string, phaseKey: string) => (phaseKey === 'phat-dong' ? { localPlanReference: `KH-${unitCode}` } : {});

describe('from an empty database: the first administrator builds the province, then two communes merge under a running campaign', () => {
  let system: SystemUnderTest;
  let adminToken: string;
  const asAdmin = {
    get: (path: string) => system.http().get(path).set('Authorization', `Bearer ${adminToken}`),
    post: (path: string, body: object) => system.http().post(path).set('Authorization', `Bearer ${adminToken}`).send(body),
  };

  beforeAll(async () => {
    system = await SystemUnderTest.start(undefined, { emptyDatabase: true });
  });
  afterAll(() => system?.stop());

  it('bootstraps the first administrator, who signs in, must change the one-time password, and imports the province', async () => {
    const { stdout } = await run(
      'npm',
      [
        'run',
        '-s',
        'bootstrap:admin',
        '--',
        '--username',
        'quantri.tinh',
        '--full-name',
        'Nguyễn Văn Quản',
        '--email',
        'quantri@tuyenquang.gov.vn',
      ].concat(['--unit-code', 'TQ', '--unit-name', 'Ủy ban nhân dân tỉnh Tuyên Quang']),
      { cwd: REPO_ROOT, env: process.env },
    );
    const oneTimePassword = /Mật khẩu dùng một lần \(chỉ hiện lần này\): (\S+)/.exec(stdout)?.[1];
    expect(oneTimePassword).toBeDefined();

    const first = await system.http().post('/auth/login').send({ username: 'quantri.tinh', password: oneTimePassword }).expect(200);
    adminToken = first.body.accessToken;
    // Nothing but the password change until it is done.
    await asAdmin.post('/admin/org-import', provinceBelowRoot()).expect(403);
    const changed = await asAdmin
      .post('/auth/password', { currentPassword: oneTimePassword, newPassword: 'Tuyen-Quang-2026-moi' })
      .expect(200);
    adminToken = changed.body.accessToken;

    const imported = await asAdmin.post('/admin/org-import', provinceBelowRoot()).expect(201);
    expect(imported.body).toMatchObject({ units: 9, officials: provinceBelowRoot().officials.length });
  }, 120_000);

  it('merges two communes with an effective date; their open duties go on under the successor and the campaign closes with none lost', async () => {
    const drafter = await system.login('chuyenvien.tinh');
    const flow = new CampaignFlow(system, (await drafter.post('/campaigns', { plan }).expect(201)).body.id);
    await eventually(
      'approval chain waiting',
      async () => (await drafter.get(`/campaigns/${flow.campaignId}`)).body.approval?.status === 'pending',
    );
    for (const approver of ['lanhdao.snv', 'pho.tinh'])
      expect((await (await flow.as(approver)).act(`/campaigns/${flow.campaignId}/plan-decisions`, { action: 'approve' })).status).toBe(200);
    await flow.waitForStatus('running');
    // Eight units below the issuer owe both phases, the issuer only the review it compiles; the fan-out reaches the communes last.
    const rows = await eventually('every duty open down to the communes', async () => {
      const all = await flow.progress();
      return all.length === 17 && all.every((r) => r.status === 'open') && all;
    });
    const owedBy = (unit: string) => rows.filter((r) => r.unitCode === unit).map((r) => r.obligationKey);
    expect(owedBy(THANGQUAN).sort()).toEqual([...PHASES].sort());
    expect(owedBy(LANGQUAN).sort()).toEqual([...PHASES].sort());

    // Before the merge: one commune has finished its launch, the other has sent it and waits on its leader.
    await flow.complete(THANGQUAN, 'phat-dong', contentFor(THANGQUAN, 'phat-dong'));
    expect((await flow.submit(LANGQUAN, 'phat-dong', contentFor(LANGQUAN, 'phat-dong'))).status).toBe(200);

    const merge = {
      effectiveOn: vietnamToday(),
      reason: REASON,
      changes: [
        { kind: 'merge', unitCodes: [THANGQUAN, LANGQUAN], into: { code: SUCCESSOR, name: 'Xã Tân Thắng', statisticsCode: '02230' } },
      ],
    };
    const preview = await asAdmin.post('/org/changes/preview', merge).expect(200);
    expect(preview.body.ok).toBe(true);
    expect((await asAdmin.get(`/units/${THANGQUAN}`).expect(200)).body.active).not.toBe(false);
    const applied = await asAdmin.post('/org/changes', merge).expect(201);
    expect(applied.body.status).toBe('applied');

    // The tree: both communes dissolved into the successor, their four officials now its own.
    expect((await asAdmin.get(`/units/${THANGQUAN}`).expect(200)).body).toMatchObject({ active: false, successorCode: SUCCESSOR });
    expect((await asAdmin.get(`/units/${LANGQUAN}`).expect(200)).body).toMatchObject({ active: false, successorCode: SUCCESSOR });
    const successorOfficials = (await asAdmin.get(`/units/${SUCCESSOR}/officials`).expect(200)).body.items.map(
      (o: { username: string }) => o.username,
    );
    expect(successorOfficials.sort()).toEqual([
      'chuyenvien.ys-langquan',
      'chuyenvien.ys-thangquan',
      'lanhdao.ys-langquan',
      'lanhdao.ys-thangquan',
    ]);

    // Every duty still owed by either commune now waits on the successor's officials, with its deadline kept.
    const handedOver = [
      [THANGQUAN, 'so-ket-2023', 'submit'],
      [LANGQUAN, 'phat-dong', 'approve'],
      [LANGQUAN, 'so-ket-2023', 'submit'],
    ] as const;
    const clerk = await flow.as('chuyenvien.ys-thangquan');
    const leader = await flow.as('lanhdao.ys-langquan');
    await eventually('the successor’s inboxes', async () => {
      const clerkTasks = (await clerk.get('/inbox?limit=100').expect(200)).body.items as InboxRow[];
      const leaderTasks = (await leader.get('/inbox?limit=100').expect(200)).body.items as InboxRow[];
      return handedOver.every(([unit, key, action]) =>
        (action === 'submit' ? clerkTasks : leaderTasks).some(
          (t) =>
            t.campaignId === flow.campaignId &&
            t.unitCode === unit &&
            t.obligationKey === key &&
            t.assigneeUnitCode === SUCCESSOR &&
            t.action === action,
        ),
      );
    });
    const dueBefore = (unit: string, key: string) => rows.find((r) => r.unitCode === unit && r.obligationKey === key)!.dueAt;
    const after = await flow.progress();
    for (const [unit, key] of handedOver)
      expect(after.find((r) => r.unitCode === unit && r.obligationKey === key)!.dueAt).toBe(dueBefore(unit, key));

    // The record names each handover; the duty already approved was not touched.
    const auditor = await flow.as('thanhtra.tinh');
    const handovers = await eventually('handovers on the record', async () => {
      const timeline = (await auditor.get(`/campaigns/${flow.campaignId}/timeline?action=duties_handed_over&limit=100`).expect(200)).body
        .items as {
        unitCode: string;
        obligationKey: string;
        values: Record<string, string>;
      }[];
      return timeline.length === handedOver.length && timeline;
    });
    expect(handovers.map((h) => `${h.unitCode} ${h.obligationKey}`).sort()).toEqual(handedOver.map(([u, k]) => `${u} ${k}`).sort());
    for (const h of handovers)
      expect(h.values).toMatchObject({ fromUnitCode: h.unitCode, toUnitCode: SUCCESSOR, effectiveOn: merge.effectiveOn });

    // The successor's officials open the dissolved communes' pages as their own; another commune's do not.
    const historyOf = (unit: string) => `/campaigns/${flow.campaignId}/units/${unit}/obligations/so-ket-2023/history`;
    await clerk.get(historyOf(LANGQUAN)).expect(200);
    await (await flow.as('chuyenvien.sd-tuthinh')).get(historyOf(LANGQUAN)).expect(403);

    // An official of another commune still may not act on them.
    expect((await flow.submit(THANGQUAN, 'so-ket-2023', {}, 'chuyenvien.sd-tuthinh')).status).toBe(403);

    // The successor's leader decides what the dissolved commune sent; then everything else is done the ordinary way.
    const decided = await flow.decide(LANGQUAN, 'phat-dong', 'approve', undefined, 'lanhdao.ys-langquan');
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ action: 'approve', actor: { username: 'lanhdao.ys-langquan', unitCode: SUCCESSOR } });
    await completeRemaining(flow, await flow.progress());
    await flow.waitForStatus('closed', 120_000);
    const final = await flow.progress();
    expect(final.filter((r) => r.status !== 'approved')).toEqual([]);
    expect(final).toHaveLength(rows.length);
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'participation-duties-handed-over': participationWorkflowId(flow.campaignId, LANGQUAN),
      'org-change-merge': orgChangeWorkflowId(applied.body.id),
    });
  }, 300_000);

  it('keeps a change dated later scheduled: the tree is untouched until its day', async () => {
    const rename = {
      effectiveOn: vietnamDay(30),
      reason: 'Đổi tên theo nghị quyết',
      changes: [{ kind: 'rename', unitCode: 'TQ-SD', name: 'Huyện Sơn Dương (mới)' }],
    };
    const scheduled = await asAdmin.post('/org/changes', rename).expect(201);
    expect(scheduled.body.status).toBe('scheduled');
    expect((await asAdmin.get('/units/TQ-SD').expect(200)).body.name).not.toBe('Huyện Sơn Dương (mới)');
    const described = await system.app.temporal.client.workflow.getHandle(orgChangeWorkflowId(scheduled.body.id)).describe();
    expect(described.status.name).toBe('RUNNING');
  });
});

interface InboxRow {
  campaignId: string;
  unitCode: string;
  obligationKey: string;
  assigneeUnitCode: string | null;
  action: string | null;
}

/** Every duty not yet approved, lowest level first and the issuer last, each sent and approved by the officials who hold it now. */
async function completeRemaining(flow: CampaignFlow, rows: ProgressRow[]): Promise<void> {
  for (const phaseKey of PHASES) {
    for (const level of [...LEVELS_LOWEST_FIRST, ISSUER]) {
      const owed = rows.filter(
        (r) =>
          (level === ISSUER ? r.unitCode === ISSUER : r.levelCode === level && r.unitCode !== ISSUER) &&
          r.obligationKey === phaseKey &&
          r.status !== 'approved',
      );
      await Promise.all(
        owed.map(async ({ unitCode }) => {
          const { submitter, approver } = actorsOf(unitCode);
          const sent = await flow.submit(unitCode, phaseKey, contentFor(unitCode, phaseKey), submitter);
          if (sent.status !== 200) throw new Error(`${unitCode} ${phaseKey} submit: ${sent.status} ${JSON.stringify(sent.body)}`);
          const approved = await flow.decide(unitCode, phaseKey, 'approve', undefined, approver);
          if (approved.status !== 200)
            throw new Error(`${unitCode} ${phaseKey} approve: ${approved.status} ${JSON.stringify(approved.body)}`);
        }),
      );
    }
  }
}
