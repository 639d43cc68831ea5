import { condition } from '@temporalio/workflow';
import type { CampaignRecord } from './campaign-record';

/**
 * Seals the decision log at each phase boundary (the issuer's due dates: by then every level below has
 * reported), until the campaign's participation has finished.
 */
export async function sealAtBoundaries(
  record: CampaignRecord,
  boundaries: { label: string; at: string }[],
  finished: () => boolean,
): Promise<void> {
  const ordered = [...boundaries].sort((a, b) => a.at.localeCompare(b.at));
  for (const boundary of ordered) {
    const wait = Date.parse(boundary.at) - Date.now();
    if (wait > 0 && (await condition(finished, wait))) return;
    if (finished()) return;
    await record.seal(`phase:${boundary.label}`);
  }
}
