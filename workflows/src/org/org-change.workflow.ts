import { proxyActivities, sleep } from '@temporalio/workflow';
import type { OrgActivities, OrgChangeInput, OrgChangeOutcome } from '@tdkt/contracts';

/** Each step is one transaction or one round of signals, both safe to repeat. */
const org = proxyActivities<OrgActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Midnight in Vietnam (UTC+7 all year) at the start of a YYYY-MM-DD day. */
const startOfVietnamDay = (day: string) => Date.parse(`${day}T00:00:00+07:00`);

/**
 * One set of org changes (a merge, a split, renames…): waits for its effective day, applies it, then hands
 * the open duties of every dissolved unit in running campaigns to its successor. A set the tree no longer fits on its
 * day (another set changed it meanwhile) is refused, recorded with its reasons, and nothing of it is written. Durable, so a change decided
 * today for the first of next month happens then even if every process restarts meanwhile; its history is
 * the record of when it took effect.
 */
export async function orgChangeWorkflow(input: OrgChangeInput): Promise<OrgChangeOutcome> {
  const wait = startOfVietnamDay(input.effectiveOn) - Date.now();
  if (wait > 0) await sleep(wait);
  const applied = await org.applyOrgChange({ changeId: input.changeId });
  const { handedOver } = applied.dissolved.length ? await org.handOverDuties(applied) : { handedOver: 0 };
  return { ...applied, handedOver };
}
