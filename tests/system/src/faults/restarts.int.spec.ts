import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually } from '../system-under-test';
import { FaultHarness } from './fault-harness';
import { BUSY_COMMUNE, DISTRICT, fewUnitsPlan, LATE_COMMUNE, LAUNCH, OVERDUE_EVERY_SECONDS, SO_KET } from './fault-plans';
import { Officials } from './officials';
import { RunningCampaign } from './running-campaign';
import { CampaignWatch, durable } from './campaign-watch';

/**
 * "Kill the worker in the middle of sơ kết and restart it; stop and restart Temporal; restart the api:
 * nothing is lost or applied twice, timers still fire." One campaign goes through the three faults in
 * turn, each with real processes: a worker process, a Temporal dev server process with its data on
 * disk, and the api in-process.
 */
describe('faults: worker crash, Temporal restart, api restart', () => {
  const harness = new FaultHarness();
  const officials = new Officials(harness);
  let campaign: RunningCampaign;

  const watch = new CampaignWatch(harness, officials, () => campaign);
  const lateAlarms = () => watch.lateAlarms();
  const obligation = (unitCode: string, key: string) => watch.obligation(unitCode, key);
  const approverInbox = (unitCode: string, key: string) => watch.approverInbox(unitCode, key);
  const rowsOf = async (unitCode: string, key: string) =>
    (await campaign.progress()).filter((r) => r.unitCode === unitCode && r.obligationKey === key);
  /** Sleeps until an overdue alarm has certainly fallen due since `since`. */
  const untilAlarmDue = (since: number) => sleep(Math.max(0, since + OVERDUE_EVERY_SECONDS * 1000 + 1000 - Date.now()));

  beforeAll(async () => {
    await harness.start();
    campaign = await RunningCampaign.launch(officials, fewUnitsPlan());
    await campaign.waitForOpen(3 * 5 + 3); // three units × five phases, and the issuer's three reviews
    await Promise.all([DISTRICT, LATE_COMMUNE, BUSY_COMMUNE].map((unit) => campaign.complete(unit, LAUNCH)));
  }, 240_000);
  afterAll(() => harness.stop(), 60_000);

  it('A: worker SIGKILLed with a sơ kết report in flight — applied exactly once, and the alarm due meanwhile still fires', async () => {
    const seen = lateAlarms();
    await eventually('an alarm of the late commune’s sơ kết clock', async () => lateAlarms() > seen, 60_000);
    // Kill between alarms: a notice killed mid-send is only retried after its start-to-close timeout (2 minutes).
    await sleep(1500);

    const requestId = randomUUID();
    const inFlight = campaign.submit(BUSY_COMMUNE, SO_KET, requestId);
    await sleep(100);
    await harness.killWorker();
    const killedAt = Date.now();
    const alarmsAtKill = lateAlarms();
    await untilAlarmDue(killedAt);
    expect(lateAlarms()).toBe(alarmsAtKill); // nobody runs the clock while no worker is up
    await harness.startWorker();

    const first = await inFlight;
    const retried = await campaign.submit(BUSY_COMMUNE, SO_KET, requestId);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ requestId, action: 'submit' });
    if (first.status === 200) expect(retried.body).toEqual(first.body);

    const soKet = await obligation(BUSY_COMMUNE, SO_KET);
    expect(soKet.status).toBe('submitted');
    expect(soKet.history.filter((e) => e.action === 'submit').map((e) => e.requestId)).toEqual([requestId]);
    await eventually('the read model showing the report', async () => (await rowsOf(BUSY_COMMUNE, SO_KET))[0]?.status === 'submitted');
    expect(await rowsOf(BUSY_COMMUNE, SO_KET)).toHaveLength(1);
    expect(await approverInbox(BUSY_COMMUNE, SO_KET)).toEqual([expect.objectContaining({ action: 'approve', status: 'open' })]);

    await eventually('the overdue alarm that fell due while no worker ran', async () => lateAlarms() > alarmsAtKill, 60_000);
  }, 240_000);

  it('B: Temporal stopped and started again on its data file — campaign intact, the worker reconnects, actions and timers resume', async () => {
    const before = durable(await campaign.progress());
    await harness.temporal.stop();
    const stoppedAt = Date.now();
    expect((await harness.http().get('/health/ready')).status).toBe(503);
    await untilAlarmDue(stoppedAt);

    await harness.temporal.start();
    const alarmsAtRestart = lateAlarms();
    // The worker process rides out the outage: its pollers retry until the server is back.
    expect(harness.worker.alive).toBe(true);
    await harness.worker.waitUntilPolling(harness.client, harness.taskQueue, 60_000);
    await eventually('the api ready again', async () => (await harness.http().get('/health/ready')).status === 200, 30_000);

    expect((await officials.get('lanhdao.tinh', `/campaigns/${campaign.id}`)).body).toMatchObject({
      status: 'running',
      planNumber: campaign.planNumber,
    });
    expect(durable(await campaign.progress())).toEqual(before);
    expect((await campaign.approve(BUSY_COMMUNE, SO_KET)).status).toBe(200);
    await eventually('an overdue alarm that fell due during the outage', async () => lateAlarms() > alarmsAtRestart, 60_000);
  }, 180_000);

  it('C: api restarted — a request applied before the restart returns its first result and is not applied again', async () => {
    const requestId = randomUUID();
    const first = await campaign.submit(DISTRICT, SO_KET, requestId);
    expect(first.status).toBe(200);

    await harness.restartApi();
    await eventually('the api ready again', async () => (await harness.http().get('/health/ready')).status === 200, 30_000);
    const retried = await campaign.submit(DISTRICT, SO_KET, requestId);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual(first.body);

    const soKet = await obligation(DISTRICT, SO_KET);
    expect(soKet.history.filter((e) => e.action === 'submit').map((e) => e.requestId)).toEqual([requestId]);
    expect(await approverInbox(DISTRICT, SO_KET)).toHaveLength(1);
  }, 120_000);
});
