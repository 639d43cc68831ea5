import type { DecisionEntry, ObligationParties, ObligationState } from '@tdkt/domain';
import { assignmentOf } from '@tdkt/domain';
import type { ParticipationInput } from '@tdkt/contracts';
import { decisionBatch, reportRecorded } from '../audit/audit-record';
import { campaignActivities } from '../campaign-activities.proxy';

/**
 * The unit's obligations, mutable in one place. Every change goes through `replace`, which stores the
 * new state (its version already bumped by the caller), projects it to the read models (inbox, progress)
 * and appends the steps that made it to the decision log, in one transaction.
 */
export class ObligationBoard {
  /** Who acts on the duties: the unit and its reviewer, or their successors once an org change handed them over. */
  private current: ObligationParties;
  private inFlight = 0;

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

  /** Applies the change now (so a concurrent action sees it) and returns the projection to await. */
  async replace(next: ObligationState, steps: DecisionEntry[]): Promise<void> {
    const index = this.obligations.findIndex((o) => o.spec.key === next.spec.key);
    this.obligations[index] = next;
    const { campaignId, unitCode } = this.input;
    const decisions = decisionBatch(campaignId, steps);
    await campaignActivities.projectObligation({
      campaignId,
      unitCode,
      reportsTo: this.input.reportsTo,
      levelCode: this.input.levelCode,
      obligation: next,
      assignment: assignmentOf(next, this.parties),
      version: next.version,
      decisions,
    });
    const snapshot = {
      kind: 'obligation',
      unitCode,
      obligationKey: next.spec.key,
      status: next.status,
      dueAt: next.dueAt,
      version: next.version,
    } as const;
    reportRecorded({ ...decisions, snapshot });
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
