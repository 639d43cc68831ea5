import { setHandler, startChild } from '@temporalio/workflow';
import { CampaignState, campaignStateQuery, participationWorkflowId, ReportRequestInput } from '@tdkt/contracts';
import { requestIssuedEntry } from '@tdkt/domain';
import { campaignActivities } from '../campaign-activities.proxy';
import { recordEnd, sealAndArchive } from '../campaign/campaign-close';
import { CampaignEndings } from '../campaign/campaign-ending';
import { CampaignRecord } from '../campaign/campaign-record';
import { participationType } from '../participation/participation-type';

/**
 * A leader's request for a report outside the plan's phases, from issue to the last unit's approved
 * answer. It needs no approval chain and no number: it is issued at once, and the requester's own
 * participation cascades it to the units asked — the same duties, clocks, reminders, escalations and
 * leaders' approvals as a phase of a plan. It takes the campaign workflow's id, so the end, the audit
 * record, its seals and the archive work for it as for any campaign.
 */
export async function reportRequestWorkflow(input: ReportRequestInput): Promise<CampaignState> {
  const { campaignId, plan } = input;
  const requester = plan.issuer.unitCode;
  const record = new CampaignRecord(campaignId, requester);
  let state: CampaignState = { status: 'running', planNumber: null, issuedAt: new Date().toISOString() };
  setHandler(campaignStateQuery, () => state);
  const endings = new CampaignEndings(campaignId, requester, () => state.status);

  const due = plan.stages[0].phases[0].dueByLevel.default;
  await record.status(state, requestIssuedEntry(input.requestedBy, requester, state.issuedAt!, { title: plan.title, due }));
  const own = await campaignActivities.buildParticipationInput({ campaignId, unitCode: requester });
  const participation = await startChild(participationType(), {
    workflowId: participationWorkflowId(campaignId, requester),
    args: [own],
  });
  await participation.result();

  state = await recordEnd(record, endings, state);
  await sealAndArchive(campaignId, record, state);
  return state;
}
