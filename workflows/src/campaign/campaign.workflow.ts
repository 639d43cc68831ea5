import { setHandler, startChild } from '@temporalio/workflow';
import { approvalWorkflowId, CampaignInput, CampaignState, campaignStateQuery, participationWorkflowId } from '@tdkt/contracts';
import { planApprovalClock } from '@tdkt/domain';
import { approvalWorkflow } from '../approval/approval.workflow';
import { archiveActivities } from '../audit/audit-record';
import { campaignActivities } from '../campaign-activities.proxy';
import { participationType } from '../participation/participation-type';
import { CampaignChanges } from './campaign-changes';
import { recordEnd, sealAndArchive } from './campaign-close';
import { CampaignEndings } from './campaign-ending';
import { CampaignRecord } from './campaign-record';
import { sealAtBoundaries } from './seal-at-boundaries';

/**
 * A campaign from the drafted plan to its close: the plan goes up its approval chain; once signed it is
 * numbered and issued; the issuer's own participation then cascades it down the org tree, and the
 * campaign closes when the issuer has approved its final aggregate and nominations. While it runs, its
 * issuer's leader may amend the plan's deadlines, suspend and resume it, or end it. Each phase boundary
 * seals the decision log into this history; at the end every history of the campaign is archived.
 */
export async function campaignWorkflow(input: CampaignInput): Promise<CampaignState> {
  const { campaignId, plan } = input;
  const record = new CampaignRecord(campaignId, plan.issuer.unitCode);
  let state: CampaignState = { status: 'in_approval', planNumber: null, issuedAt: null };
  setHandler(campaignStateQuery, () => state);
  const endings = new CampaignEndings(campaignId, plan.issuer.unitCode, () => state.status);
  new CampaignChanges(campaignId, plan, record, { get: () => state, set: (next) => void (state = next) });

  // The api recorded the campaign as in_approval already; the chain starts in the first workflow task,
  // so an official can act on it moments after the drafter submits.
  const approvalId = approvalWorkflowId({ kind: 'plan', id: campaignId });
  const approvalRun = await startChild(approvalWorkflow, {
    workflowId: approvalId,
    args: [
      {
        subject: { kind: 'plan', id: campaignId, title: plan.title },
        drafter: input.drafter,
        steps: input.approvalSteps,
        submitted: true,
        record: { campaignId, unitCode: plan.issuer.unitCode },
        clock: planApprovalClock(plan, input.nationalCalendar),
      },
    ],
  });
  const approval = await approvalRun.result();
  await archiveActivities.archiveHistory({ campaignId, workflowId: approvalId, runId: approvalRun.firstExecutionRunId });

  if (approval.outcome !== 'approved') {
    state = { ...state, status: approval.outcome };
    await record.status(state, approval.outcome === 'rejected' ? 'campaign_rejected' : 'campaign_expired');
  } else {
    const number = await campaignActivities.assignPlanNumber({
      campaignId,
      issuerCode: plan.issuer.issuerCode ?? plan.issuer.unitCode,
      year: plan.year,
    });
    state = { status: 'issued', planNumber: number.number, issuedAt: new Date().toISOString() };
    await record.status(state, 'number_assigned', 'campaign_issued');
    await record.seal('issued');

    const issuerParticipation = await campaignActivities.buildParticipationInput({ campaignId, unitCode: plan.issuer.unitCode });
    state = { ...state, status: 'running' };
    await record.status(state);
    let finished = false;
    const participation = startChild(participationType(), {
      workflowId: participationWorkflowId(campaignId, plan.issuer.unitCode),
      args: [issuerParticipation],
    })
      .then((run) => run.result())
      .then(() => void (finished = true));
    const boundaries = issuerParticipation.obligations.flatMap((o) => (o.dueAt ? [{ label: o.key, at: o.dueAt }] : []));
    await Promise.all([participation, sealAtBoundaries(record, boundaries, () => finished)]);

    state = await recordEnd(record, endings, state);
  }

  await sealAndArchive(campaignId, record, state);
  return state;
}
