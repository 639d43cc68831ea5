import { condition, setHandler } from '@temporalio/workflow';
import { dutiesHandedOverSignal, ParticipationInput } from '@tdkt/contracts';
import { DutiesHandover, dutiesHandedOverEntry, handedOverParties, isSettled } from '@tdkt/domain';
import { notificationActivities } from '../campaign-activities.proxy';
import { inheritedDutiesNotice } from './change-notices';
import type { ObligationBoard } from './obligation-board';

/**
 * Org changes reaching this participation: when the unit (or the unit reviewing it) is merged, split or
 * dissolved, its successor's officials take over every duty still owed. Each duty's inbox row moves to
 * them with the same deadline and its log says who handed it to whom; the successor is told what it
 * inherited. Applied one at a time, each change once.
 */
export class Handovers {
  private readonly queue: DutiesHandover[] = [];
  private applying = false;

  constructor() {
    setHandler(dutiesHandedOverSignal, (handover) => void this.queue.push(handover));
  }

  /** Nothing received is left to apply: a continue-as-new now loses nothing. */
  get idle(): boolean {
    return this.queue.length === 0 && !this.applying;
  }

  async keepApplying(board: ObligationBoard, input: ParticipationInput): Promise<never> {
    for (;;) {
      await condition(() => this.queue.length > 0);
      this.applying = true;
      const handover = this.queue.shift()!;
      await board.settle(() => apply(board, input, handover));
      this.applying = false;
    }
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
