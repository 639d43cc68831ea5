import { executeChild, setHandler } from '@temporalio/workflow';
import { approvalWorkflowId, CampaignInput, CampaignState, campaignStateQuery, participationWorkflowId } from '@tdkt/contracts';
import { approvalWorkflow } from '../approval/approval.workflow';
import { campaignActivities } from '../campaign-activities.proxy';
import { participationWorkflow } from '../participation/participation.workflow';

/**
 * A campaign from the drafted plan to its close: the plan goes up its approval chain; once signed it is
 * numbered and issued; the issuer's own participation then cascades it down the org tree, and the
 * campaign closes when the issuer has approved its final aggregate and nominations.
 */
export async function campaignWorkflow(input: CampaignInput): Promise<CampaignState> {
  const { campaignId, plan } = input;
  let state: CampaignState = { status: 'in_approval', planNumber: null, issuedAt: null };
  setHandler(campaignStateQuery, () => state);

  // The api recorded the campaign as in_approval already; the chain starts in the first workflow task,
  // so an official can act on it moments after the drafter submits.
  const approval = await executeChild(approvalWorkflow, {
    workflowId: approvalWorkflowId({ kind: 'plan', id: campaignId }),
    args: [{ subject: { kind: 'plan', id: campaignId, title: plan.title }, drafter: input.drafter, steps: input.approvalSteps, submitted: true }],
  });
  if (approval.outcome === 'rejected') {
    state = { ...state, status: 'rejected' };
    await campaignActivities.recordCampaignStatus({ campaignId, status: 'rejected' });
    return state;
  }

  const number = await campaignActivities.assignPlanNumber({ campaignId, issuerCode: plan.issuer.issuerCode ?? plan.issuer.unitCode, year: plan.year });
  state = { status: 'issued', planNumber: number.number, issuedAt: new Date().toISOString() };
  await campaignActivities.recordCampaignStatus({ campaignId, status: 'issued', planNumber: number.number, issuedAt: state.issuedAt! });

  const issuerParticipation = await campaignActivities.buildParticipationInput({ campaignId, unitCode: plan.issuer.unitCode });
  state = { ...state, status: 'running' };
  await campaignActivities.recordCampaignStatus({ campaignId, status: 'running' });
  await executeChild(participationWorkflow, { workflowId: participationWorkflowId(campaignId, plan.issuer.unitCode), args: [issuerParticipation] });

  state = { ...state, status: 'closed' };
  await campaignActivities.recordCampaignStatus({ campaignId, status: 'closed' });
  return state;
}
