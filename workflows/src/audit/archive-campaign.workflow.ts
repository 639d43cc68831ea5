import { continueAsNew, sleep, workflowInfo } from '@temporalio/workflow';
import type { ArchiveInput } from '@tdkt/contracts';
import { archiveActivities } from './audit-record';

/** Soon at first (the campaign's own run closes a moment after starting this), then less and less often. */
const WAITS = ['10 seconds', '1 minute', '10 minutes', '1 hour'] as const;
const THEN_EVERY = '1 day';

/**
 * Archives every history of a finished campaign: its own, its plan's approval chain, every unit's
 * participation (each run, when a unit continued as new). A unit still running is archived on a later
 * round; the workflow ends when nothing of the campaign runs any more. Every round is idempotent.
 */
export async function archiveCampaignWorkflow(input: ArchiveInput): Promise<void> {
  for (let round = 0; ; round++) {
    const { stillRunning } = await archiveActivities.archiveCampaignHistories(input);
    if (stillRunning === 0) return;
    await sleep(WAITS[round] ?? THEN_EVERY);
    if (workflowInfo().continueAsNewSuggested) await continueAsNew<typeof archiveCampaignWorkflow>(input);
  }
}
