import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { campaignWorkflowId, participationWorkflowId } from '@tdkt/contracts';
import { NotificationEntity } from '@tdkt/persistence';
import { Like } from 'typeorm';
import { CampaignFlow } from './campaign-flow';
import { hourlyPlan } from './compressed-plan';
import { draftAndSign } from './draft-and-sign';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * A district leader asks its communes for a quick report in the middle of a campaign, outside the plan's
 * phases: each commune gets the duty, sends, its leader approves, the district reads the total; the
 * commune that does not answer is reminded, then reported to the district as late.
 */
const plan = hourlyPlan(template as unknown as PlanDefinition);
const COMMUNES = 8;
const LATE = 'TQ-YS-LANGQUAN';

describe('a leader’s request for a report outside the plan’s phases', () => {
  let system: SystemUnderTest;
  let campaign: CampaignFlow;
  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
    campaign = (await draftAndSign(system, plan)).flow;
    await campaign.waitForStatus('running');
  });
  afterAll(() => system?.stop());

  const request = {
    kind: 'report',
    title: 'Báo cáo nhanh số hộ nghèo được hỗ trợ nhà ở',
    content: 'Đề nghị UBND các xã báo cáo số hộ nghèo đã được hỗ trợ nhà ở đến hết tháng 11.',
    recipients: { levels: ['xa'] },
    kpis: [{ key: 'ho-ngheo', text: 'Số hộ nghèo được hỗ trợ nhà ở', unit: 'hộ', aggregate: 'sum' }],
    // Due seconds after it is sent, reminders seconds apart: the same code a request due in five working days runs. The
    // reminder comes 10 s after sending and the due date 20 s later: a commune whose clock first looks after the due
    // date gets the overdue notice alone (missed alarms collapse into the latest), and on a loaded machine a clock
    // started 15 s late once (CI: the reminder 7 s and the due date 15 s after sending).
    due: { kind: 'durationAfter', anchor: 'issued', duration: '30s' },
    reminders: { before: ['20s'], overdueEvery: '2s', escalateAfter: '4s' },
  };

  it('is refused to a clerk, for units outside the district, and with a deadline already past', async () => {
    const send = async (username: string, body: object) => (await campaign.as(username)).post('/report-requests', body);
    expect((await send('chuyenvien.ys', { ...request, campaignId: campaign.campaignId })).status).toBe(403);
    const outside = await send('lanhdao.ys', { ...request, recipients: { unitCodes: ['TQ-SD-TUTHINH'] } });
    expect([outside.status, outside.body.detail]).toEqual([400, expect.stringContaining('TQ-SD-TUTHINH')]);
    const past = await send('lanhdao.ys', { ...request, due: { kind: 'instant', at: '2020-01-01T10:00:00+07:00' } });
    expect([past.status, past.body.detail]).toEqual([400, expect.stringContaining('đã qua')]);
    const misspelt = await send('lanhdao.ys', { ...request, due: { kind: 'durationAfter', anchor: 'issued', duraton: '8s' } });
    expect(misspelt.status).toBe(400);
    expect((await (await campaign.as('lanhdao.ys')).get('/report-requests').expect(200)).body.total).toBe(0);
  });

  it('reaches every commune, reminds the late one and tells the district; the district reads the total', async () => {
    const district = await campaign.as('lanhdao.ys');
    const sent = await district.post('/report-requests', { ...request, campaignId: campaign.campaignId });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ kind: 'request', status: 'issued', parentCampaignId: campaign.campaignId, phaseKey: 'request' });
    const flow = new CampaignFlow(system, sent.body.id);
    const asked = await eventually('every commune of the district asked', async () => {
      const rows = await flow.progress('lanhdao.ys');
      return rows.length === COMMUNES && rows.every((r) => r.status === 'open' && r.reportsTo === 'TQ-YS') && rows;
    });
    const inbox = (await (await campaign.as('chuyenvien.ys-thangquan')).get('/inbox').expect(200)).body.items as Record<string, string>[];
    expect(inbox.find((i) => i.campaignId === flow.campaignId)).toMatchObject({ kind: 'request', obligationKey: 'request' });

    const answered = asked.map((r) => r.unitCode).filter((unit) => unit !== LATE);
    let total = 0;
    for (const [i, unit] of answered.entries()) {
      total += i + 1;
      await flow.complete(unit, 'request', { kpiValues: { 'ho-ngheo': i + 1 } });
    }
    const aggregate = (await district.get(`/campaigns/${flow.campaignId}/units/TQ-YS/aggregate?phase=request`).expect(200)).body;
    expect(aggregate['ho-ngheo']).toMatchObject({ count: COMMUNES - 1, sum: total });

    const notices = (kind: string, unitCode: string) =>
      system.app.dataSource
        .getRepository(NotificationEntity)
        .findBy({ campaignId: flow.campaignId, kind, dedupeKey: Like(`%|${unitCode}|%`) });
    await eventually('the late commune reminded and overdue', async () => (await notices('overdue', LATE)).length > 0, 45_000);
    expect((await notices('reminder', LATE)).length).toBeGreaterThan(0);
    expect(await notices('overdue', answered[0])).toEqual([]);
    const escalated = await eventually('the district told of the late commune', async () => {
      const rows = await system.app.dataSource
        .getRepository(NotificationEntity)
        .findBy({ campaignId: flow.campaignId, kind: 'escalation' });
      return rows.length > 0 && rows;
    });
    expect(escalated[0].subject).toContain('chưa hoàn thành');

    const listed = (
      await (await campaign.as('chuyenvien.ys-langquan')).get(`/report-requests?campaignId=${campaign.campaignId}`).expect(200)
    ).body;
    expect(listed).toMatchObject({ total: 1, items: [{ id: flow.campaignId, title: request.title }] });

    await flow.complete(LATE, 'request', { kpiValues: { 'ho-ngheo': 10 } });
    await flow.waitForStatus('closed');
    const final = (await district.get(`/campaigns/${flow.campaignId}/units/TQ-YS/aggregate?phase=request`).expect(200)).body;
    expect(final['ho-ngheo']).toMatchObject({ count: COMMUNES, sum: total + 10 });
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'report-request': campaignWorkflowId(flow.campaignId),
      'report-request-late-commune': participationWorkflowId(flow.campaignId, LATE),
    });
  });
});
