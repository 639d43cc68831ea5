import { PARTICIPATION_WORKFLOW_TYPE } from '@tdkt/contracts';
import { InboxItemEntity } from '@tdkt/persistence';
import type { BenchSystem } from '../support/bench-system';
import { BENCH_DISTRICT } from '../support/bench-org';
import { fanOutSeconds } from '../support/fan-out-duration';
import { launchOnlyPlan } from '../support/launch-plan';
import { draftAndSign } from '../support/sign-plan';
import { waitUntil } from '../support/wait-until';

export interface LaunchTimes {
  /** Ours only: the launched campaign, for benches that go on to work with it. */
  campaignId?: string;
  /** Seconds until Temporal lists every workflow of the launch. */
  started: number;
  /** Seconds until every unit's row is in the database (for us: its inbox item). */
  written: number;
  /** Ours only: how long the district's own fan-out activity ran. */
  districtFanOut?: number;
}

/**
 * Launches the launch-only plan to the bench district and its `communes`, from the signature's
 * return: "started" counts participation workflows in Temporal's visibility (issuer, district and
 * every commune); "written" counts the campaign's inbox items (district and every commune).
 */
export async function measureCampaignLaunch(system: BenchSystem, communes: number, timeoutMs: number): Promise<LaunchTimes> {
  const { campaignId, signedAt } = await draftAndSign(system, launchOnlyPlan());
  const workflows = communes + 2;
  const inboxItems = communes + 1;
  const inbox = system.dataSource.getRepository(InboxItemEntity);
  const [startedAt, writtenAt] = await Promise.all([
    waitUntil(
      `${workflows} participation workflows`,
      async () => (await system.apiClient.workflow.count(`WorkflowType = '${PARTICIPATION_WORKFLOW_TYPE}'`)).count >= workflows,
      timeoutMs,
    ),
    waitUntil(`${inboxItems} inbox items`, async () => (await inbox.countBy({ campaignId })) >= inboxItems, timeoutMs),
  ]);
  return {
    campaignId,
    started: (startedAt - signedAt) / 1000,
    written: (writtenAt - signedAt) / 1000,
    districtFanOut: await fanOutSeconds(system.apiClient, campaignId, BENCH_DISTRICT),
  };
}
