import { allHandlersFinished, condition, continueAsNew, workflowInfo } from '@temporalio/workflow';
import type { ParticipationInput, ParticipationState } from '@tdkt/contracts';
import { openObligation, ObligationParties, ObligationState } from '@tdkt/domain';
import { archiveActivities } from '../audit/audit-record';
import { fanOutActivities } from '../campaign-activities.proxy';
import { OVERDUE_AT_ISSUE, SCHEDULE_FROM_ISSUE, WAIT_FOR_SUB_PARTICIPANTS, applied } from '../patches';
import { notificationActivities } from '../campaign-activities.proxy';
import { overdueAtIssue } from './overdue-at-issue';
import { ObligationBoard } from './obligation-board';
import { registerParticipationHandlers } from './participation-handlers';
import { endParticipation, Ending } from './ending';
import { Handovers } from './handovers';
import { IssuerChanges } from './issuer-changes';
import { projectSchedule } from './schedule-from-issue';
import { SubParticipants } from './sub-participants';
import { trackObligation } from './track-obligation';

/** What a run hands to the next when the history grows long (continue-as-new). */
export interface CarriedParticipation {
  obligations: ObligationState[];
  subUnitsStarted: boolean;
  finishedParticipants?: string[];
  /** Since when the campaign is suspended, if it is. */
  suspendedSince?: string | null;
  /** Who acts on the duties, when an org change handed them to successors. */
  parties?: ObligationParties;
}

/**
 * One unit's part in a campaign, from launch to nominations: cascades the campaign to the units that
 * report to it, keeps every obligation's clock until the unit's leader has approved them all, then
 * waits for the units reporting to it to finish theirs and tells the unit it reports to.
 */
export async function participationWorkflow(input: ParticipationInput, carried?: CarriedParticipation): Promise<ParticipationState> {
  const board = new ObligationBoard(input, carried?.obligations ?? input.obligations.map(openObligation), carried?.parties);
  let subUnitsStarted = carried?.subUnitsStarted ?? false;
  const state = (): ParticipationState => ({ unitCode: input.unitCode, obligations: board.obligations, subUnitsStarted });
  const changes = new IssuerChanges(carried?.suspendedSince);
  registerParticipationHandlers(input, board, state, changes);
  const subParticipants = new SubParticipants(input, carried?.finishedParticipants);
  const ending = new Ending();
  void changes.keepApplying(board, input);
  const handovers = new Handovers();
  void handovers.keepApplying(board, input);
  // The run before this one is closed now, and Temporal drops it after its retention: archive it first.
  const { continuedFromExecutionRunId: previousRun, workflowId } = workflowInfo();
  if (previousRun) await archiveActivities.archiveHistory({ campaignId: input.campaignId, workflowId, runId: previousRun });

  if (!subUnitsStarted) {
    // A leaf has nobody to start: skipping the activity saves a round trip and a read of the whole tree per unit.
    if (input.subParticipants !== 0)
      await fanOutActivities.startParticipants({ campaignId: input.campaignId, parentUnitCode: input.unitCode });
    subUnitsStarted = true;
    const summary = applied(OVERDUE_AT_ISSUE) ? overdueAtIssue(input, new Date()) : null;
    if (summary) await notificationActivities.notify(summary);
    if (applied(SCHEDULE_FROM_ISSUE)) await projectSchedule(board, input);
  }

  // A suspension holds the alarms, and so does the campaign's end: it waits for the steps in flight, so no new one may start.
  const alarmsHeld = () => changes.paused() || ending.stopsAlarms;
  const tracking = Promise.all(board.obligations.map((o) => trackObligation(board, o.spec.key, input, alarmsHeld)));
  // Only between steps: a step cut off mid-way would leave its projection and notice unsent.
  await Promise.race([
    tracking,
    condition(() => workflowInfo().continueAsNewSuggested && board.quiet && changes.idle && handovers.idle),
    condition(() => ending.request !== null),
  ]);
  if (ending.request) return endAndReturn(ending.request);
  if (!board.allApproved()) {
    await condition(() => allHandlersFinished() && board.quiet && changes.idle && handovers.idle);
    await continueAsNew<typeof participationWorkflow>(input, {
      obligations: board.obligations,
      subUnitsStarted,
      finishedParticipants: subParticipants.finishedUnits,
      ...(changes.suspendedSince ? { suspendedSince: changes.suspendedSince } : {}),
      ...(board.handedOverParties ? { parties: board.handedOverParties } : {}),
    });
  }
  if (applied(WAIT_FOR_SUB_PARTICIPANTS)) {
    // The unit it reports to hears of the end once the last answer's projection is written, not before.
    await condition(() => (subParticipants.allFinished && board.answersDone) || ending.request !== null);
    if (ending.request) return endAndReturn(ending.request);
    await subParticipants.reportFinished();
  }
  // The last answers' projections and notices may still be on their way: the run ends once they are out.
  await condition(() => allHandlersFinished() && board.answersDone);
  return state();

  async function endAndReturn(request: NonNullable<Ending['request']>): Promise<ParticipationState> {
    await endParticipation(board, input, request);
    await condition(() => allHandlersFinished() && board.answersDone);
    return state();
  }
}

/**
 * The type units' participations start as since the `participation-v2` change: the same code, with every change
 * `applied` lists as born with it taken without a marker.
 */
export async function participationWorkflowV2(input: ParticipationInput, carried?: CarriedParticipation): Promise<ParticipationState> {
  return participationWorkflow(input, carried);
}
