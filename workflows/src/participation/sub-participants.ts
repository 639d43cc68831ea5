import { getExternalWorkflowHandle, log, setHandler } from '@temporalio/workflow';
import { participantFinishedSignal, ParticipationInput, participationWorkflowId } from '@tdkt/contracts';

/**
 * The units reporting to this one that have finished their part. A unit is finished only once they all
 * have, so the issuer's participation — and with it the campaign — ends when the whole tree is done,
 * even when the issuer owes nothing of its own after the launch.
 */
export class SubParticipants {
  private readonly finished: Set<string>;

  constructor(
    private readonly input: ParticipationInput,
    carried: string[] = [],
  ) {
    this.finished = new Set(carried);
    setHandler(participantFinishedSignal, ({ unitCode }) => void this.finished.add(unitCode));
  }

  get allFinished(): boolean {
    return this.finished.size >= (this.input.subParticipants ?? 0);
  }

  /** Carried over a continue-as-new. */
  get finishedUnits(): string[] {
    return [...this.finished];
  }

  /** Tells the unit this one reports to; the issuer reports to nobody, and a parent already closed has nothing to wait for. */
  async reportFinished(): Promise<void> {
    const { campaignId, unitCode, reportsTo } = this.input;
    if (reportsTo === unitCode) return;
    try {
      await getExternalWorkflowHandle(participationWorkflowId(campaignId, reportsTo)).signal(participantFinishedSignal, { unitCode });
    } catch (error) {
      // The only way a signal to an existing id fails is that the workflow has closed.
      log.warn('The unit reported to has closed already', { reportsTo, error: String(error) });
    }
  }
}
