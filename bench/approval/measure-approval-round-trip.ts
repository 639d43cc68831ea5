import { participationWorkflowId } from '@tdkt/contracts';
import { InboxItemEntity, UnitProgressEntity } from '@tdkt/persistence';
import type { BenchSystem } from '../support/bench-system';
import { benchCommuneCode } from '../support/bench-org';
import { expectStatus, HttpOfficial } from '../support/http-official';
import { launchOnlyPlan } from '../support/launch-plan';
import { draftAndSign } from '../support/sign-plan';
import { CpuSpent, cpuSpentBetween, NO_CPU_SPENT, resourceUsage } from '../support/resource-usage';
import { waitUntil } from '../support/wait-until';

export interface RoundTripSamples {
  /** Each HTTP action (submit or approve), milliseconds. */
  calls: number[];
  /** Submit then approve, per official, milliseconds. */
  roundTrips: number[];
  /** Actions whose change was not in the read model the moment the HTTP call returned. */
  notYetProjected: number;
  /** The communes' participation workflows, whose histories show where the time went. */
  workflowIds: string[];
  /** Seconds of CPU each part of the system used while the timed calls ran (the launch before them not counted). */
  cpu: CpuSpent;
}

/**
 * One round: a campaign launched to the bench communes, then every commune's leader at once sends
 * the launch report and approves it, over HTTP. Right after each call returns the progress row and
 * the inbox item are read, since the api promises the change is visible by then.
 */
export async function measureApprovalRound(system: BenchSystem, leaders: readonly HttpOfficial[]): Promise<RoundTripSamples> {
  const { campaignId } = await draftAndSign(system, launchOnlyPlan());
  const progress = system.dataSource.getRepository(UnitProgressEntity);
  const inbox = system.dataSource.getRepository(InboxItemEntity);
  await waitUntil(
    'every commune open',
    async () => (await progress.countBy({ campaignId, status: 'open' })) >= leaders.length + 1,
    120_000,
  );

  const samples: RoundTripSamples = { calls: [], roundTrips: [], notYetProjected: 0, workflowIds: [], cpu: NO_CPU_SPENT };
  const visible = async (unitCode: string, status: string, inboxStatus: string) => {
    const [row, item] = await Promise.all([
      progress.findOneBy({ campaignId, unitCode, obligationKey: 'phat-dong' }),
      inbox.findOneBy({ campaignId, unitCode, obligationKey: 'phat-dong' }),
    ]);
    if (row?.status !== status || item?.status !== inboxStatus) samples.notYetProjected++;
  };
  const before = await resourceUsage(system);
  await Promise.all(
    leaders.map(async (leader, i) => {
      const unitCode = benchCommuneCode(i + 1);
      samples.workflowIds.push(participationWorkflowId(campaignId, unitCode));
      const path = `/campaigns/${campaignId}/units/${unitCode}/obligations/phat-dong`;
      const submitted = expectStatus(
        `${unitCode} submit`,
        await leader.act(`${path}/submission`, { summary: `Kế hoạch phát động của ${unitCode}` }),
        200,
      );
      await visible(unitCode, 'submitted', 'open');
      const approved = expectStatus(`${unitCode} approve`, await leader.act(`${path}/decision`, { action: 'approve' }), 200);
      await visible(unitCode, 'approved', 'done');
      samples.calls.push(submitted.ms, approved.ms);
      samples.roundTrips.push(submitted.ms + approved.ms);
    }),
  );
  samples.cpu = cpuSpentBetween(before, await resourceUsage(system));
  return samples;
}
