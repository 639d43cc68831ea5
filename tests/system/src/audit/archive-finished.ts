import type { Client } from '@temporalio/client';
import { archiveWorkflowId } from '@tdkt/contracts';
import { eventually } from '../system-under-test';

/** Waits until the campaign's archive workflow, started as the campaign ends, has archived everything. */
export async function archiveFinished(client: Client, campaignId: string): Promise<void> {
  const handle = client.workflow.getHandle(archiveWorkflowId(campaignId));
  await eventually('the archive workflow started', () => handle.describe());
  await handle.result();
}
