import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { campaignWorkflowId, participationWorkflowId } from '@tdkt/contracts';
import { InboxItemEntity, NotificationEntity } from '@tdkt/persistence';
import { Like, Not } from 'typeorm';
import { readTimeline } from './audit/timeline-reader';
import { draftAndSign } from './draft-and-sign';
import { CampaignFlow, ProgressRow } from './campaign-flow';
import { hourlyPlan } from './compressed-plan';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * A running campaign changed by its issuer's leader: the plan amended after issue (a deadline that was
 * to be announced is set, another is moved), then the campaign suspended and resumed. Every unit sees
 * each change in its progress, its inbox and its mail; a unit that already acted keeps its date.
 */
const hour = 3600;
const compressed = hourlyPlan(template as unknown as PlanDefinition, { before: ['1s'], overdueEvery: '2s', escalateAfter: '3s' });
// Issued with the final review's deadline "to be announced", as plans issued before the year's schedule do.
const plan: PlanDefinition = {
  ...compressed,
  stages: compressed.stages.map((stage) => ({
    ...stage,
    phases: stage.phases.map((phase) =>
      phase.key === 'tong-ket-2025' ? { ...phase, dueByLevel: { default: { kind: 'announcedLater' } } } : phase,
    ),
  })),
};

const UNITS = 20 + 1;
const ROWS = 20 * 5 + 3;

describe('the issuer amends, suspends and resumes a running campaign, seen by every unit', () => {
  let system: SystemUnderTest;
  let flow: CampaignFlow;
  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
    flow = (await draftAndSign(system, plan)).flow;
    await flow.waitForStatus('running');
    await eventually('every duty open', async () => {
      const rows = await flow.progress();
      return rows.length === ROWS && rows.every((r) => r.status === 'open');
    });
  });
  afterAll(() => system?.stop());

  const rowsOf = (rows: ProgressRow[], key: string) => rows.filter((r) => r.obligationKey === key);
  const changeNotices = (subject: string) =>
    system.app.dataSource
      .getRepository(NotificationEntity)
      .findBy({ campaignId: flow.campaignId, kind: 'plan_change', subject: Like(`%${subject}%`) });
  /** The units told, read from the notices' keys ("<campaign>|<unit>|…"): every official of a unit gets the unit's notice. */
  const unitsTold = async (subject: string) => new Set((await changeNotices(subject)).map((n) => n.dedupeKey.split('|')[1]));
  const amend = async (username: string, body: object) => (await flow.as(username)).act(`/campaigns/${flow.campaignId}/amendments`, body);

  it('issues a deadline "to be announced": no date, no reminder, shown so in the unit’s inbox', async () => {
    const rows = rowsOf(await flow.progress(), 'tong-ket-2025');
    expect(rows).toHaveLength(UNITS);
    expect(rows.every((r) => r.dueAt === null && r.remindersSent === 0)).toBe(true);
    const inbox = (await (await flow.as('chuyenvien.ys')).get('/inbox').expect(200)).body.items as Record<string, unknown>[];
    expect(inbox.find((i) => i.campaignId === flow.campaignId && i.obligationKey === 'tong-ket-2025')).toMatchObject({ dueAt: null });
  });

  it('amends the plan: the announced deadline is set and another moved for every unit that has not acted', async () => {
    const sent = await flow.submit('TQ-YS-THANGQUAN', 'so-ket-2023', { kpiValues: {} });
    expect(sent.status).toBe(200);
    const before = await flow.progress();
    const soKetBefore = rowsOf(before, 'so-ket-2023')[0].dueAt;
    // Still in the plan's order: the interim review an hour later, the final review before the nominations fall due.
    const newSoKet = new Date(Date.parse(soKetBefore) + hour * 1000).toISOString();
    const tongKet = new Date(Date.parse(soKetBefore) + 1.5 * hour * 1000).toISOString();
    const phases = [
      { phaseKey: 'so-ket-2023', dueByLevel: { default: { kind: 'instant', at: newSoKet } } },
      { phaseKey: 'tong-ket-2025', dueByLevel: { default: { kind: 'instant', at: tongKet } } },
    ];
    const reason = 'Điều chỉnh theo lịch họp của Ủy ban nhân dân tỉnh';

    // Refused, and nothing changes: not the issuer's leader, no reason, a phase the plan lacks, a date already past, a misspelt field.
    expect((await amend('chuyenvien.tinh', { reason, phases })).status).toBe(403);
    expect((await amend('lanhdao.ys', { reason, phases })).status).toBe(403);
    expect((await amend('lanhdao.tinh', { reason: '', phases })).status).toBe(400);
    const unknownPhase = await amend('lanhdao.tinh', { reason, phases: [{ phaseKey: 'so-ket-2099', dueByLevel: phases[0].dueByLevel }] });
    expect(unknownPhase.status).toBe(400);
    const past = await amend('lanhdao.tinh', {
      reason,
      phases: [{ phaseKey: 'phat-dong', dueByLevel: { default: { kind: 'durationAfter', anchor: 'issued', duration: '1s' } } }],
    });
    expect(past.status).toBe(400);
    expect(past.body.detail).toContain('đã qua');
    const misspelt = await amend('lanhdao.tinh', {
      reason,
      phases: [{ phaseKey: 'so-ket-2023', dueByLevel: { default: { kind: 'instant', att: newSoKet } } }],
    });
    expect(misspelt.status).toBe(400);
    expect((await flow.as('lanhdao.tinh').then((o) => o.get(`/campaigns/${flow.campaignId}`))).body.planVersion).toBe(1);

    const amended = await amend('lanhdao.tinh', { reason, phases });
    expect(amended.status).toBe(200);
    expect(amended.body).toMatchObject({ action: 'plan_amended', comment: reason, values: { amendmentNumber: 1 } });

    const after = await eventually('every unit’s dates moved', async () => {
      const rows = await flow.progress();
      const moved = rowsOf(rows, 'so-ket-2023').filter((r) => r.dueAt === newSoKet).length === UNITS - 1;
      const set = rowsOf(rows, 'tong-ket-2025').every((r) => r.dueAt === tongKet);
      return moved && set && rows;
    });
    // The commune that had already sent its interim report keeps the deadline it met.
    expect(rowsOf(after, 'so-ket-2023').find((r) => r.unitCode === 'TQ-YS-THANGQUAN')!.dueAt).toBe(soKetBefore);
    const told = await eventually('every unit told', async () => {
      const units = await unitsTold('Điều chỉnh kế hoạch lần 1');
      return units.size === UNITS && units;
    });
    expect(told.has('TQ-YS-THANGQUAN')).toBe(true);
    const thangQuan = (await changeNotices('Điều chỉnh kế hoạch lần 1')).find((n) => n.dedupeKey.includes('|TQ-YS-THANGQUAN|'))!;
    expect(thangQuan.body).toContain('đơn vị đã gửi, thời hạn không đổi');
    expect(thangQuan.body).toContain(reason);

    const inbox = (await (await flow.as('chuyenvien.ys')).get('/inbox').expect(200)).body.items as Record<string, string>[];
    expect(inbox.find((i) => i.campaignId === flow.campaignId && i.obligationKey === 'tong-ket-2025')?.dueAt).toBe(tongKet);
    const leader = await flow.as('lanhdao.tinh');
    expect((await leader.get(`/campaigns/${flow.campaignId}`).expect(200)).body.planVersion).toBe(2);
    const amendments = (await leader.get(`/campaigns/${flow.campaignId}/amendments`).expect(200)).body;
    expect(amendments).toMatchObject({ total: 1, items: [{ number: 1, reason, amendedByName: expect.any(String) }] });
    const timeline = await readTimeline(await flow.as('thanhtra.tinh'), flow.campaignId);
    expect(timeline.filter((i) => i.action === 'plan_amended')).toHaveLength(1);
    expect(timeline.filter((i) => i.action === 'obligation_rescheduled')).toHaveLength(UNITS - 1 + UNITS);
  });

  it('suspends the campaign: no action, reminder or notice until it resumes, and the deadlines still owed move by the pause', async () => {
    const leader = await flow.as('lanhdao.tinh');
    const reason = 'Tạm dừng để rà soát tiêu chí sau sắp xếp đơn vị hành chính';
    expect((await (await flow.as('lanhdao.ys')).act(`/campaigns/${flow.campaignId}/suspend`, { reason })).status).toBe(403);
    expect((await leader.act(`/campaigns/${flow.campaignId}/resume`, { reason })).status).toBe(409);
    // The launch made due in seconds: without the pause, its reminder and then overdue notices every 2 s would come.
    const soon = new Date(Date.now() + 8_000).toISOString();
    const shortened = await amend('lanhdao.tinh', {
      reason: 'Rút ngắn thời hạn phát động',
      phases: [{ phaseKey: 'phat-dong', dueByLevel: { default: { kind: 'instant', at: soon } } }],
    });
    expect(shortened.status).toBe(200);
    const before = await eventually('the launch due in seconds for every unit that owes it', async () => {
      const rows = await flow.progress();
      return rowsOf(rows, 'phat-dong').every((r) => r.dueAt === soon) && rows;
    });
    const suspended = await leader.act(`/campaigns/${flow.campaignId}/suspend`, { reason });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ action: 'campaign_suspended', comment: reason });
    await flow.waitForStatus('suspended');
    await eventually('every unit told of the suspension', async () => (await unitsTold('[Tạm dừng]')).size === UNITS);

    const refused = await flow.submit('TQ-YS-LANGQUAN', 'phat-dong', { localPlanReference: '9/KH-UBND' });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('tạm dừng');
    // The suspension's own notices may still be reaching each unit's officials; no other notice may come.
    const notices = () =>
      system.app.dataSource.getRepository(NotificationEntity).countBy({ campaignId: flow.campaignId, kind: Not('plan_change') });
    const quiet = await notices();
    // Past the launch's due date and two overdue periods: nothing came.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(soon) + 5_000 - Date.now())));
    expect(await notices()).toBe(quiet);

    const resumed = await leader.act(`/campaigns/${flow.campaignId}/resume`, { reason: 'Đã rà soát xong' });
    expect(resumed.status).toBe(200);
    await flow.waitForStatus('running');
    const day = 86_400_000;
    const owed = before.filter((r) => r.status === 'open' && r.dueAt !== null);
    await eventually('deadlines still owed moved by a whole day', async () => {
      const rows = await flow.progress();
      return owed.every((b) => {
        const now = rows.find((r) => r.unitCode === b.unitCode && r.obligationKey === b.obligationKey)!;
        return Date.parse(now.dueAt) - Date.parse(b.dueAt) === day;
      });
    });
    // A unit hears it may go on only once its clocks run again: an official acting on the notice is not refused.
    await eventually('every unit told of the resumption', async () => (await unitsTold('[Tiếp tục]')).size === UNITS);
    const accepted = await flow.submit('TQ-YS-LANGQUAN', 'phat-dong', { localPlanReference: '9/KH-UBND' });
    expect([accepted.status, accepted.body.detail]).toEqual([200, undefined]);
    expect(
      await system.app.dataSource
        .getRepository(InboxItemEntity)
        .countBy({ campaignId: flow.campaignId, obligationKey: 'phat-dong', status: 'open' }),
    ).toBeGreaterThan(0);

    const timeline = await readTimeline(await flow.as('thanhtra.tinh'), flow.campaignId);
    expect(timeline.filter((i) => i.action === 'campaign_suspended' || i.action === 'campaign_resumed').map((i) => i.action)).toEqual([
      'campaign_suspended',
      'campaign_resumed',
    ]);
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'campaign-amended-suspended-resumed': campaignWorkflowId(flow.campaignId),
      'participation-amended-suspended-resumed': participationWorkflowId(flow.campaignId, 'TQ-YS-THANGQUAN'),
    });
  });
});
