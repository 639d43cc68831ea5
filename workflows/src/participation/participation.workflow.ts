import { allHandlersFinished, condition, continueAsNew, workflowInfo } from '@temporalio/workflow';
import type { ParticipationInput, ParticipationState } from '@tdkt/contracts';
import { openObligation, ObligationState } from '@tdkt/domain';
import { archiveActivities } from '../audit/audit-record';
import { fanOutActivities } from '../campaign-activities.proxy';
import { ObligationBoard } from './obligation-board';
import { registerParticipationHandlers } from './participation-handlers';
import { trackObligation } from './track-obligation';

/** What a run hands to the next when the history grows long (continue-as-new). */
export interface CarriedParticipation {
  obligations: ObligationState[];
  subUnitsStarted: boolean;
}

/**
 * One unit's part in a campaign, from launch to nominations: cascades the campaign to the units that
 * report to it, then keeps every obligation's clock until the unit's leader has approved them all.
 */
export async function participationWorkflow(input: ParticipationInput, carried?: CarriedParticipation): Promise<ParticipationState> {
  const board = new ObligationBoard(input, carried?.obligations ?? input.obligations.map(openObligation));
  let subUnitsStarted = carried?.subUnitsStarted ?? false;
  const state = (): ParticipationState => ({ unitCode: input.unitCode, obligations: board.obligations, subUnitsStarted });
  registerParticipationHandlers(board, state);
  // The run before this one is closed now, and Temporal drops it after its retention: archive it first.
  const { continuedFromExecutionRunId: previousRun, workflowId } = workflowInfo();
  if (previousRun) await archiveActivities.archiveHistory({ campaignId: input.campaignId, workflowId, runId: previousRun });

  if (!subUnitsStarted) {
    // A leaf has nobody to start: skipping the activity saves a round trip and a read of the whole tree per unit.
    if (input.subParticipants !== 0) await fanOutActivities.startParticipants({ campaignId: input.campaignId, parentUnitCode: input.unitCode });
    subUnitsStarted = true;
  }

  const tracking = Promise.all(board.obligations.map((o) => trackObligation(board, o.spec.key, input)));
  // Only between steps: a step cut off mid-way would leave its projection and notice unsent.
  await Promise.race([tracking, condition(() => workflowInfo().continueAsNewSuggested && board.quiet)]);
  if (!board.allApproved()) {
    await condition(() => allHandlersFinished() && board.quiet);
    await continueAsNew<typeof participationWorkflow>(input, { obligations: board.obligations, subUnitsStarted });
  }
  await condition(allHandlersFinished);
  return state();
}
