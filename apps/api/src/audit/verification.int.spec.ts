import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import request from 'supertest';
import { AppConfig } from '@tdkt/config';
import type { VerificationInput, VerificationReport } from '@tdkt/contracts';
import { CampaignEntity } from '@tdkt/persistence';
import { APP_CONFIG } from '../config/config.module';
import { startTestApp, TestApp } from '../test-app';
import { insertCampaign, loginCache } from './audit-test-support';

const reportFor = (campaignId: string): VerificationReport => ({
  campaignId,
  ok: true,
  chain: { ok: true, rows: 0, firstBadRow: null, seals: 0 },
  archive: { histories: 0, corrupted: [] },
  replay: { workflows: [], deterministic: true, mismatches: [] },
  verifiedAt: '2026-03-10T03:00:00.000Z',
});

describe('GET /campaigns/:id/verification runs the verification on the worker (real Temporal, stub workflow)', () => {
  let t: TestApp;
  let worker: Worker;
  let running: Promise<void>;
  let taskQueue: string;
  let campaign: CampaignEntity;
  let failing: CampaignEntity;
  let outside: CampaignEntity;
  const calls: { input: VerificationInput; workflowId: string; taskQueue: string }[] = [];
  const login = loginCache(() => t);
  const get = async (username: string, path: string) =>
    request(t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await login(username)}`);

  beforeAll(async () => {
    t = await startTestApp();
    taskQueue = t.app.get<AppConfig>(APP_CONFIG).temporal.taskQueue;
    campaign = await insertCampaign(t, 'TQ-YS', 'Phong trào của huyện Yên Sơn');
    failing = await insertCampaign(t, 'TQ', 'Phong trào không kiểm tra được');
    outside = await insertCampaign(t, 'TQ-SD', 'Phong trào của huyện Sơn Dương');
    worker = await Worker.create({
      connection: t.temporal.nativeConnection,
      taskQueue,
      workflowsPath: require.resolve('./__fixtures__/verification-stub.workflow'),
      activities: {
        verifyCampaign: async (input: VerificationInput): Promise<VerificationReport> => {
          const info = Context.current().info;
          calls.push({ input, workflowId: info.workflowExecution?.workflowId ?? '', taskQueue: info.taskQueue });
          if (input.campaignId === failing.id) throw ApplicationFailure.nonRetryable('lịch sử quy trình không đọc được');
          return reportFor(input.campaignId);
        },
      },
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await t?.close();
  });

  it('starts verificationWorkflow on the task queue with the campaign id, a fresh workflow id per request, and returns its report', async () => {
    const first = await get('thanhtra.ys', `/campaigns/${campaign.id}/verification`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual(reportFor(campaign.id));
    await get('thanhtra.tinh', `/campaigns/${campaign.id}/verification`).then((r) => expect(r.status).toBe(200));
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call).toMatchObject({ input: { campaignId: campaign.id }, taskQueue });
      expect(call.workflowId).toMatch(new RegExp(`^verification:${campaign.id}:[0-9a-f-]{36}$`));
    }
    expect(calls[0].workflowId).not.toBe(calls[1].workflowId);
  });

  it('refuses a campaign outside the official’s scope before starting anything', async () => {
    const before = calls.length;
    const response = await get('thanhtra.ys', `/campaigns/${outside.id}/verification`);
    expect(response.status).toBe(403);
    expect(response.body.detail).toContain('ngoài phạm vi');
    expect(calls).toHaveLength(before);
  });

  it('answers a failed verification as a fault: a sentence to try again and the request id to quote, not the cause', async () => {
    const response = await get('thanhtra.tinh', `/campaigns/${failing.id}/verification`);
    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({ type: '/problems/internal', requestId: response.headers['x-request-id'] });
    expect(response.body.detail).toContain('vui lòng thử lại');
    expect(response.body.detail).not.toContain('lịch sử quy trình không đọc được');
  });
});
