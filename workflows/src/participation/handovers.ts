import { setHandler } from '@temporalio/workflow';
import { dutiesHandedOverSignal, ParticipationInput } from '@tdkt/contracts';
import { DutiesHandover, dutiesHandedOverEntry, handedOverParties, isSettled } from '@tdkt/domain';
import { notificationActivities } from '../campaign-activities.proxy';
import { AppliedInOrder } from './applied-in-order';
import { inheritedDutiesNotice } from './change-notices';
import type { ObligationBoard } from './obligation-board';

/**
 * Org changes reaching this participation: when the unit (or the unit reviewing it) is merged, split or
 * dissolved, its successor's officials take over every duty still owed. Each duty's inbox row moves to
 * them with the same deadline and its log says who handed it to whom; the successor is told what it
 * inherited. Applied one at a time, each change once.
 */
export class Handovers {
  private readonly received = new AppliedInOrder<DutiesHandover>();

  constructor() {
    setHandler(dutiesHandedOverSignal, (handover) => this.received.push(handover));
  }

  /** Nothing received is left to apply: a continue-as-new now loses nothing. */
  get idle(): boolean {
    return this.received.idle;
  }

  keepApplying(board: ObligationBoard, input: ParticipationInput): Promise<never> {
    return this.received.keepApplying(board, (handover) => apply(board, input, handover));
  }
}

async function apply(board: ObligationBoard, input: ParticipationInput, handover: DutiesHandover): Promise<void> {
  const before = board.parties;
  const after = handedOverParties(before, handover);
  if (!after) return;
  board.handOver(after);
  const at = new Date().toISOString();
  const owed = board.obligations.filter((o) => !isSettled(o.status));
  // Projected again with the new parties: the inbox rows now name the successor as the one to act.
  await Promise.all(
    owed.map((o) => board.replace({ ...o, version: o.version + 1 }, [dutiesHandedOverEntry(o, input.unitCode, before, handover, at)])),
  );
  if (owed.length && after.unitCode !== before.unitCode)
    await notificationActivities.notify(
      inheritedDutiesNotice(
        input,
        handover,
        after,
        owed.map((o) => o.spec.title),
      ),
    );
}
