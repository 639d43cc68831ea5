import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { approvalWorkflowId, campaignWorkflowId, participationWorkflowId } from '@tdkt/contracts';
import { InboxItemEntity, NotificationEntity } from '@tdkt/persistence';
import { readTimeline } from './audit/timeline-reader';
import { CampaignFlow } from './campaign-flow';
import { draftAndSign } from './draft-and-sign';
import { compressPlan } from './compressed-plan';
import { recordHistoriesIfAsked } from './record-histories';
import { eventually, SystemUnderTest } from './system-under-test';
import { tuyenQuangExtension } from './tuyen-quang-fixture';

/**
 * The issuer's leader closes one campaign and cancels another mid-implementation: every unit's part
 * ends with it, and nothing — no task, no reminder, no open workflow — is left behind.
 */
const hour = 3600;
const plan = compressPlan(
  template as unknown as PlanDefinition,
  'giai-doan-1',
  // The launch falls due in seconds, so overdue notices keep coming every 2 s until something stops them.
  Object.fromEntries(
    ['phat-dong', 'trien-khai', 'so-ket-2023', 'tong-ket-2025', 'khen-thuong-2025'].map((key, i) => [
      key,
      { opens: 0, due: { default: i ? hour * i : 10 } },
    ]),
  ),
  { before: ['1s'], overdueEvery: '2s', escalateAfter: '3s' },
);

describe('a campaign closed or cancelled by its issuer ends everywhere at once', () => {
  let system: SystemUnderTest;
  beforeAll(async () => {
    system = await SystemUnderTest.start(tuyenQuangExtension());
  });
  afterAll(() => system?.stop());

  async function runningCampaign(): Promise<{ flow: CampaignFlow; units: string[] }> {
    const { flow } = await draftAndSign(system, plan);
    await flow.waitForStatus('running');
    const rows = await eventually('every duty open', async () => {
      const all = await flow.progress();
      return all.length === 20 * 5 + 3 && all.every((r) => r.status === 'open') && all;
    });
    return { flow, units: [...new Set(rows.map((r) => r.unitCode))] };
  }

  async function endsEverywhere(flow: CampaignFlow, units: string[], outcome: 'closed' | 'cancelled'): Promise<void> {
    const { dataSource, temporal } = system.app;
    await flow.waitForStatus(outcome);
    const workflowIds = [
      campaignWorkflowId(flow.campaignId),
      approvalWorkflowId({ kind: 'plan', id: flow.campaignId }),
      ...units.map((u) => participationWorkflowId(flow.campaignId, u)),
    ];
    await eventually('no workflow of the campaign left running', async () => {
      const statuses = await Promise.all(
        workflowIds.map(async (id) => (await temporal.client.workflow.getHandle(id).describe()).status.name),
      );
      return statuses.every((s) => s !== 'RUNNING');
    });
    expect(await dataSource.getRepository(InboxItemEntity).countBy({ campaignId: flow.campaignId, status: 'open' })).toBe(0);
    const rows = await flow.progress();
    expect(rows.filter((r) => r.status !== 'approved' && r.status !== outcome)).toEqual([]);
    expect(rows.some((r) => r.status === outcome)).toBe(true);
    // Overdue notices came every few seconds before: none follows the end.
    const notices = () => dataSource.getRepository(NotificationEntity).countBy({ campaignId: flow.campaignId });
    const before = await notices();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await notices()).toBe(before);
  }

  it('closes a running campaign: refused to others and without a reason, then every unit’s part ends', async () => {
    const { flow, units } = await runningCampaign();
    await flow.complete('TQ-YS-THANGQUAN', 'phat-dong', { localPlanReference: '15/KH-UBND' });
    const end = (username: string, body: object) =>
      flow.as(username).then((official) => official.act(`/campaigns/${flow.campaignId}/end`, body));
    expect((await end('chuyenvien.tinh', { outcome: 'closed', reason: 'Kết thúc sớm' })).status).toBe(403);
    expect((await end('lanhdao.ys', { outcome: 'closed', reason: 'Kết thúc sớm' })).status).toBe(403);
    expect((await end('lanhdao.tinh', { outcome: 'closed', reason: '' })).status).toBe(400);
    const closed = await end('lanhdao.tinh', { outcome: 'closed', reason: 'Chuyển sang kế hoạch giai đoạn 2026–2030' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      action: 'campaign_closed',
      actor: { username: 'lanhdao.tinh' },
      comment: 'Chuyển sang kế hoạch giai đoạn 2026–2030',
    });

    await endsEverywhere(flow, units, 'closed');
    const late = await flow.submit('TQ-YS-LANGQUAN', 'phat-dong', { localPlanReference: 'x' });
    expect(late.status).toBe(409);
    const timeline = await readTimeline(await flow.as('thanhtra.tinh'), flow.campaignId);
    expect(timeline.filter((i) => i.action === 'obligation_ended').length).toBe(
      (await flow.progress()).filter((r) => r.status === 'closed').length,
    );
    await recordHistoriesIfAsked(system.app.temporal.client, {
      'campaign-closed-by-issuer': campaignWorkflowId(flow.campaignId),
      'participation-ended-by-issuer': participationWorkflowId(flow.campaignId, 'TQ-YS-THANGQUAN'),
    });
  });

  it('cancels another running campaign, with the same clean end', async () => {
    const { flow, units } = await runningCampaign();
    const cancelled = await (
      await flow.as('lanhdao.tinh')
    ).act(`/campaigns/${flow.campaignId}/end`, { outcome: 'cancelled', reason: 'Trùng nội dung với phong trào của Tỉnh ủy' });
    expect(cancelled.status).toBe(200);
    await endsEverywhere(flow, units, 'cancelled');
  });
});
