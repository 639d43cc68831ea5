import type { DecisionEntry, ObligationParties, ObligationState } from '@tdkt/domain';
import { assignmentOf } from '@tdkt/domain';
import type { NotificationRequest, ObligationProjection, ParticipationInput, RecordedStep } from '@tdkt/contracts';
import { decisionBatch, reportRecorded } from '../audit/audit-record';
import { campaignActivities, notificationActivities } from '../campaign-activities.proxy';
import { PROJECTION_CARRIES_NOTICE, applied } from '../patches';

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
   * Applies the change now (so a concurrent action sees it) and writes its projection, with the notice that follows from
   * it when the caller gives one. Behind an official's answer not yet written it waits its turn on the chain, so the
   * decision log gets the unit's steps in the order they were made.
   */
  async replace(next: ObligationState, steps: DecisionEntry[], notice: NotificationRequest | null = null): Promise<void> {
    const projection = this.apply(next, steps);
    // Returned, not awaited: the promises chain as they did when older histories were recorded.
    if (this.queued > 0) return this.enqueue(projection, notice) as Promise<void>;
    // No answer waiting: written at once, as before answers were queued (histories without them replay this path).
    const written = notice
      ? notificationActivities.projectObligationWithNotice({ projection, notice })
      : campaignActivities.projectObligation(projection);
    this.tail = Promise.allSettled([this.tail, written]).then(nothing);
    const delivery = await written;
    reportRecorded(recordedStep(projection));
    if (delivery?.emailPending) await notificationActivities.notify(notice!);
  }

  /**
   * An official's action, answered before it is written: applies the change now and queues its projection behind every
   * one started before it, with its notice (which holds up no later projection). Returns the projection for the answer.
   * Both count as in flight (`quiet`), and the run ends only once both are done (`answersDone`).
   */
  answer(next: ObligationState, steps: DecisionEntry[], notice: NotificationRequest | null): ObligationProjection {
    const projection = this.apply(next, steps);
    this.answering++;
    // Histories from before the notice rode with the projection sent it after, in an activity of its own.
    const carried = notice !== null && applied(PROJECTION_CARRIES_NOTICE);
    const written = this.enqueue(projection, carried ? notice : null);
    // Projections and notices are retried until they succeed: they fail only when the run is cancelled, nothing left to do then.
    void this.settle(async () => {
      await written;
      if (notice && !carried) await notificationActivities.notify(notice);
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

  /**
   * Writes the projection (and its notice) once every projection started before it is written; settles when it is, and
   * an e-mail the notice could not send has gone out apart (which holds up no later projection). Without a notice the
   * promises are chained exactly as before notices rode along, so older histories replay the same commands in order.
   */
  private enqueue(projection: ObligationProjection, notice: NotificationRequest | null): Promise<unknown> {
    this.queued++;
    const written = this.tail.then(async () => {
      const delivery = notice
        ? await notificationActivities.projectObligationWithNotice({ projection, notice })
        : await campaignActivities.projectObligation(projection);
      reportRecorded(recordedStep(projection));
      return delivery;
    });
    // A write that failed (the run cancelled) must not stop the ones queued after it.
    this.tail = written.then(nothing, nothing);
    const settled = this.settle(() => written).finally(() => this.queued--);
    if (!notice) return settled;
    return settled.then(async (delivery) => {
      if (delivery?.emailPending) await this.settle(() => notificationActivities.notify(notice));
    });
  }

  /**
   * Runs a tracking step whose side effects (its projection and its notice) must finish in this run:
   * continue-as-new waits until no such step is in flight, or the next run would never send them.
   */
  async settle<T>(step: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await step();
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
