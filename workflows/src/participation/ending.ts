import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import { endParticipationSignal, ParticipationInput } from '@tdkt/contracts';
import { isSettled, obligationEndedEntry } from '@tdkt/domain';
import { fanOutActivities } from '../campaign-activities.proxy';
import { ALARMS_STOP_AT_END, applied } from '../patches';
import type { ObligationBoard } from './obligation-board';

type EndRequest = { outcome: 'closed' | 'cancelled'; reason: string };

/** Whether the campaign was closed or cancelled over this unit's head; the first request wins. */
export class Ending {
  request: EndRequest | null = null;
  private alarmsStopped = false;

  constructor() {
    setHandler(endParticipationSignal, (request) => {
      if (this.request) return;
      this.request = request;
      this.alarmsStopped = applied(ALARMS_STOP_AT_END);
    });
  }

  /** No reminder or escalation starts once the end is asked for (histories from before this rule kept them coming). */
  get stopsAlarms(): boolean {
    return this.alarmsStopped;
  }
}

/**
 * Ends the unit's part with the campaign: passes the end on to the units reporting to it, then settles
 * every duty not yet approved as closed or cancelled, so no inbox row, reminder or escalation is left.
 * What was done stays on record as it was.
 */
export async function endParticipation(board: ObligationBoard, input: ParticipationInput, request: EndRequest): Promise<void> {
  await condition(() => board.quiet && allHandlersFinished());
  if (input.subParticipants !== 0)
    await fanOutActivities.endParticipants({ campaignId: input.campaignId, parentUnitCode: input.unitCode, ...request });
  const at = new Date().toISOString();
  await Promise.all(
    board.obligations
      .filter((o) => !isSettled(o.status))
      .map((o) =>
        board.replace({ ...o, status: request.outcome, version: o.version + 1 }, [
          obligationEndedEntry(o, input.unitCode, request.outcome, at),
        ]),
      ),
  );
}
