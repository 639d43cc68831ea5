import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { archiveWorkflowId, CampaignState } from '@tdkt/contracts';
import { archiveCampaignWorkflow } from '../audit/archive-campaign.workflow';
import type { CampaignEndings } from './campaign-ending';
import type { CampaignRecord } from './campaign-record';

/** Closed when the whole tree has done its part, or as its issuer's leader closed or cancelled it. */
export async function recordEnd(record: CampaignRecord, endings: CampaignEndings, state: CampaignState): Promise<CampaignState> {
  const ended = endings.accepted;
  const next: CampaignState = { ...state, status: ended?.ending.outcome ?? 'closed' };
  await record.status(next, ended?.entry ?? 'campaign_closed');
  return next;
}

/** Seals the log one last time and starts the archive, which outlives this run: it waits for this history (and any unit still running) to close. */
export async function sealAndArchive(campaignId: string, record: CampaignRecord, state: CampaignState): Promise<void> {
  await record.seal(state.status);
  await startChild(archiveCampaignWorkflow, {
    workflowId: archiveWorkflowId(campaignId),
    args: [{ campaignId }],
    parentClosePolicy: ParentClosePolicy.ABANDON,
  });
}
