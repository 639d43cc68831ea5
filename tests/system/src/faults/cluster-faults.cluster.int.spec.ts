import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually } from '../system-under-test';
import { ClusterHarness } from './cluster-harness';
import { BUSY_COMMUNE, DISTRICT, fewUnitsPlan, LATE_COMMUNE, LAUNCH, OVERDUE_EVERY_SECONDS, SO_KET } from './fault-plans';
import { Officials } from './officials';
import { RunningCampaign } from './running-campaign';
import { CampaignWatch, durable } from './campaign-watch';

/**
 * The production topology under faults: one campaign on the Temporal server on PostgreSQL, two api
 * instances taking requests in turn and two worker processes, through the loss of a worker, a restart of
 * the Temporal server and ten seconds without PostgreSQL. Nothing lost or applied twice; timers still fire.
 */
describe('cluster faults: a worker of two killed, Temporal restarted, PostgreSQL stopped for 10 s', () => {
  const harness = new ClusterHarness();
  const officials = new Officials(harness);
  let campaign: RunningCampaign;

  const watch = new CampaignWatch(harness, officials, () => campaign);
  const lateAlarms = () => watch.lateAlarms();
  const submissions = (unitCode: string, key: string) => watch.submissions(unitCode, key);
  const approverInbox = (unitCode: string, key: string) => watch.approverInbox(unitCode, key);
  const ready = (index: number) => harness.httpOf(index).get('/health/ready');

  beforeAll(async () => {
    await harness.start();
    campaign = await RunningCampaign.launch(officials, fewUnitsPlan());
    await campaign.waitForOpen(3 * 5 + 3);
    await Promise.all([DISTRICT, LATE_COMMUNE, BUSY_COMMUNE].map((unit) => campaign.complete(unit, LAUNCH)));
  }, 300_000);
  afterAll(() => harness.stop(), 90_000);

  it('requests spread over both apis: a request retried on the other api returns its first result and is applied once', async () => {
    const requestId = randomUUID();
    const path = campaign.obligationPath(DISTRICT, SO_KET, 'submission');
    const body = { requestId, summary: `Báo cáo ${SO_KET} của ${DISTRICT}` };
    const login = await harness.httpOf(0).post('/auth/login').send({ username: 'chuyenvien.ys', password: 'ThiDua@2026!' });
    const send = (index: number) => harness.httpOf(index).post(path).set('Authorization', `Bearer ${login.body.accessToken}`).send(body);
    const first = await send(0);
    expect(first.status).toBe(200);
    const retried = await send(1);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual(first.body);
    expect(await submissions(DISTRICT, SO_KET)).toEqual([requestId]);
    expect(await approverInbox(DISTRICT, SO_KET)).toHaveLength(1);
    // The launch and the calls above went to both instances, in turn.
    expect(harness.served.every((calls) => calls >= 5)).toBe(true);
  }, 120_000);

  it('one of two workers SIGKILLed with a report in flight: the other takes over, the report is applied once, alarms keep coming', async () => {
    const seen = lateAlarms();
    await eventually('an alarm of the late commune’s sơ kết clock', async () => lateAlarms() > seen, 60_000);
    const requestId = randomUUID();
    const inFlight = campaign.submit(BUSY_COMMUNE, SO_KET, requestId);
    await sleep(100);
    await harness.killWorker(0);
    const alarmsAtKill = lateAlarms();

    const first = await inFlight;
    const retried = await campaign.submit(BUSY_COMMUNE, SO_KET, requestId);
    expect(retried.status).toBe(200);
    if (first.status === 200) expect(retried.body).toEqual(first.body);
    expect(await submissions(BUSY_COMMUNE, SO_KET)).toEqual([requestId]);
    expect(await approverInbox(BUSY_COMMUNE, SO_KET)).toEqual([expect.objectContaining({ action: 'approve', status: 'open' })]);
    // No restart: the surviving worker runs the clock.
    await eventually(
      'an alarm raised by the surviving worker',
      async () => lateAlarms() > alarmsAtKill,
      (OVERDUE_EVERY_SECONDS + 30) * 1000,
    );
    await harness.startWorker();
  }, 240_000);

  it('the Temporal server stopped and started again on its databases: campaign intact, workers reconnect, actions and timers resume', async () => {
    const before = durable(await campaign.progress());
    await harness.temporal.stop();
    expect((await ready(0)).status).toBe(503);
    await sleep(OVERDUE_EVERY_SECONDS * 1000 + 1000);
    await harness.temporal.start();
    const alarmsAtRestart = lateAlarms();
    for (const worker of harness.workers) {
      expect(worker.alive).toBe(true);
      await worker.waitUntilPolling(harness.client, harness.taskQueue, 60_000);
    }
    await eventually('both apis ready again', async () => (await ready(0)).status === 200 && (await ready(1)).status === 200, 30_000);
    expect(durable(await campaign.progress())).toEqual(before);
    expect((await campaign.approve(BUSY_COMMUNE, SO_KET)).status).toBe(200);
    await eventually('an alarm after the restart', async () => lateAlarms() > alarmsAtRestart, 60_000);
  }, 240_000);

  it('PostgreSQL stopped for 10 s: the system waits it out and resumes — nothing lost, nothing applied twice, timers fire', async () => {
    const before = durable(await campaign.progress());
    await harness.postgres.halt();
    await eventually('the apis reporting the database down', async () => (await ready(1)).status === 503, 15_000);
    await sleep(10_000);
    await harness.postgres.resume();
    const alarmsAtResume = lateAlarms();

    await eventually('both apis ready again', async () => (await ready(0)).status === 200 && (await ready(1)).status === 200, 60_000);
    expect(durable(await campaign.progress())).toEqual(before);
    const requestId = randomUUID();
    const submitted = await eventually('a report accepted again', async () => {
      const response = await campaign.submit(LATE_COMMUNE, SO_KET, requestId);
      return response.status === 200 && response;
    });
    expect(submitted.body).toMatchObject({ requestId, action: 'submit' });
    expect(await submissions(LATE_COMMUNE, SO_KET)).toEqual([requestId]);
    await eventually('the read model showing the report', async () =>
      (await campaign.progress()).some((r) => r.unitCode === LATE_COMMUNE && r.obligationKey === SO_KET && r.status === 'submitted'),
    );
    // The late commune has now reported, so its clock stops; the alarms the outage delayed were still sent.
    expect(lateAlarms()).toBeGreaterThanOrEqual(alarmsAtResume);
    expect(harness.workers.every((w) => w.alive)).toBe(true);
  }, 240_000);
});
