import type { DecisionEntry, ObligationParties, ObligationState } from '@tdkt/domain';
import { assignmentOf } from '@tdkt/domain';
import type { ObligationProjection, ParticipationInput, RecordedStep } from '@tdkt/contracts';
import { decisionBatch, reportRecorded } from '../audit/audit-record';
import { campaignActivities } from '../campaign-activities.proxy';

const nothing = (): void => undefined;

/** What replay reports once a projection is written: its decisions and the state the read models must show. */
function recordedStep({ decisions, unitCode, obligation, version }: ObligationProjection): RecordedStep {
  const snapshot = {
    kind: 'obligation',
    unitCode,
    obligationKey: obligation.spec.key,
    status: obligation.status,
    dueAt: obligation.dueAt,
    version,
  } as const;
  return { ...decisions!, snapshot };
}

/**
 * The unit's obligations, mutable in one place. Every change goes through `replace` or `answer`, which store the
 * new state (its version already bumped by the caller), project it to the read models (inbox, progress)
 * and append the steps that made it to the decision log, in one transaction.
 */
export class ObligationBoard {
  /** Who acts on the duties: the unit and its reviewer, or their successors once an org change handed them over. */
  private current: ObligationParties;
  private inFlight = 0;
  /** Projections waiting on the chain; while there are any, every new projection queues behind them. */
  private queued = 0;
  /** Answered actions whose projection or notice is not yet done. */
  private answering = 0;
  /** Settles once every projection started so far is written: the next queued one starts then. */
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly input: ParticipationInput,
    readonly obligations: ObligationState[],
    carriedParties?: ObligationParties,
  ) {
    this.current = carriedParties ?? { unitCode: input.unitCode, reportsTo: input.reportsTo };
  }

  get parties(): ObligationParties {
    return this.current;
  }

  /** From now on the successors act; the next projection of each duty names them. */
  handOver(parties: ObligationParties): void {
    this.current = parties;
  }

  /** Carried over a continue-as-new only when an org change moved them. */
  get handedOverParties(): ObligationParties | undefined {
    const { unitCode, reportsTo } = this.current;
    return unitCode === this.input.unitCode && reportsTo === this.input.reportsTo ? undefined : this.current;
  }

  get(key: string): ObligationState | undefined {
    return this.obligations.find((o) => o.spec.key === key);
  }

  /**
   * Applies the change now (so a concurrent action sees it) and writes its projection. Behind an official's answer
   * not yet written it waits its turn on the chain, so the decision log gets the unit's steps in the order they were made.
   */
  async replace(next: ObligationState, steps: DecisionEntry[]): Promise<void> {
    const projection = this.apply(next, steps);
    if (this.queued > 0) return this.enqueue(projection);
    // No answer waiting: written at once, as before answers were queued (histories without them replay this path).
    const written = campaignActivities.projectObligation(projection);
    this.tail = Promise.allSettled([this.tail, written]).then(nothing);
    await written;
    reportRecorded(recordedStep(projection));
  }

  /**
   * An official's action, answered before it is written: applies the change now and queues its projection behind every
   * one started before it, then its notice (which holds up no later projection). Returns the projection for the answer.
   * Both count as in flight (`quiet`), and the run ends only once both are done (`answersDone`).
   */
  answer(next: ObligationState, steps: DecisionEntry[], notify: (() => Promise<void>) | null): ObligationProjection {
    const projection = this.apply(next, steps);
    this.answering++;
    const written = this.enqueue(projection);
    // Projections and notices are retried until they succeed: they fail only when the run is cancelled, nothing left to do then.
    void this.settle(async () => {
      await written;
      if (notify) await notify();
    })
      .catch(nothing)
      .finally(() => this.answering--);
    return projection;
  }

  /** No answered action has its projection or notice still to send. Always true on histories from before answers were queued. */
  get answersDone(): boolean {
    return this.answering === 0;
  }

  private apply(next: ObligationState, steps: DecisionEntry[]): ObligationProjection {
    const index = this.obligations.findIndex((o) => o.spec.key === next.spec.key);
    this.obligations[index] = next;
    const { campaignId, unitCode } = this.input;
    return {
      campaignId,
      unitCode,
      reportsTo: this.input.reportsTo,
      levelCode: this.input.levelCode,
      obligation: next,
      assignment: assignmentOf(next, this.parties),
      version: next.version,
      decisions: decisionBatch(campaignId, steps),
    };
  }

  /** Writes the projection once every projection started before it is written; resolves when it is. */
  private enqueue(projection: ObligationProjection): Promise<void> {
    this.queued++;
    const written = this.tail.then(async () => {
      await campaignActivities.projectObligation(projection);
      reportRecorded(recordedStep(projection));
    });
    // A write that failed (the run cancelled) must not stop the ones queued after it.
    this.tail = written.then(nothing, nothing);
    return this.settle(() => written).finally(() => this.queued--);
  }

  /**
   * Runs a tracking step whose side effects (its projection and its notice) must finish in this run:
   * continue-as-new waits until no such step is in flight, or the next run would never send them.
   */
  async settle(step: () => Promise<void>): Promise<void> {
    this.inFlight++;
    try {
      await step();
    } finally {
      this.inFlight--;
    }
  }

  get quiet(): boolean {
    return this.inFlight === 0;
  }

  allApproved(): boolean {
    return this.obligations.every((o) => o.status === 'approved');
  }
}
