import { setHandler } from '@temporalio/workflow';
import { campaignChangedSignal, ParticipationInput } from '@tdkt/contracts';
import {
  amendDeadline,
  CampaignChange,
  ObligationState,
  obligationRescheduledEntry,
  shiftAfterSuspension,
  suspensionShiftMs,
} from '@tdkt/domain';
import { campaignActivities, fanOutActivities, notificationActivities } from '../campaign-activities.proxy';
import { AppliedInOrder } from './applied-in-order';
import { changeNotice, RescheduledDuty } from './change-notices';
import type { ObligationBoard } from './obligation-board';

/**
 * What the issuer changes in the running campaign — an amended plan, a suspension, a resumption —
 * received from the unit above, applied to what this unit still owes, told to the unit, and passed on
 * to the units reporting to it. Changes apply one at a time, in the order the issuer made them.
 */
export class IssuerChanges {
  private readonly received = new AppliedInOrder<CampaignChange>();
  /** Since when the campaign is suspended; set the moment the signal arrives, so no alarm fires meanwhile. */
  suspendedSince: string | null;

  constructor(carriedSuspension: string | null = null) {
    this.suspendedSince = carriedSuspension;
    setHandler(campaignChangedSignal, (change) => {
      this.received.push(change);
      // Suspension takes hold at once; resumption only once the deadlines have moved, or the clocks
      // would wake on the old ones and send every alarm the pause held back.
      if (change.kind === 'suspended') this.suspendedSince = change.at;
    });
  }

  readonly paused = (): boolean => this.suspendedSince !== null;

  /** Nothing received is left to apply: a continue-as-new now loses nothing. */
  get idle(): boolean {
    return this.received.idle;
  }

  /** Applies changes as they come, for the life of the run. */
  keepApplying(board: ObligationBoard, input: ParticipationInput): Promise<never> {
    return this.received.keepApplying(board, (change) => this.apply(board, input, change));
  }

  private async apply(board: ObligationBoard, input: ParticipationInput, change: CampaignChange): Promise<void> {
    const at = new Date().toISOString();
    const duties = await reschedule(board, input, change, at);
    // The deadlines have moved: the clocks may run again, before the unit reads that it may act.
    if (change.kind === 'resumed') this.suspendedSince = null;
    await tellAndPassDown(input, change, duties);
  }
}

async function tellAndPassDown(input: ParticipationInput, change: CampaignChange, duties: RescheduledDuty[]): Promise<void> {
  const notice = changeNotice(input, change, duties);
  if (notice) await notificationActivities.notify(notice);
  if (input.subParticipants !== 0)
    await fanOutActivities.passChangeDown({ campaignId: input.campaignId, parentUnitCode: input.unitCode, change });
}

/** Moves the deadlines the change moves; returns every duty it concerns, moved or kept, for the unit's notice. */
async function reschedule(
  board: ObligationBoard,
  input: ParticipationInput,
  change: CampaignChange,
  at: string,
): Promise<RescheduledDuty[]> {
  if (change.kind === 'suspended') return [];
  const moves: { before: ObligationState; next: ObligationState | null }[] = [];
  if (change.kind === 'amended') {
    // The amended plan is stored before the change is passed down: every unit's dates come from it.
    const { obligations: planned } = await campaignActivities.buildParticipationInput({
      campaignId: input.campaignId,
      unitCode: input.unitCode,
    });
    for (const o of board.obligations.filter((o) => change.phaseKeys.includes(o.spec.phaseKey))) {
      const spec = planned.find((p) => p.key === o.spec.key);
      const effect = spec ? amendDeadline(o, spec.dueAt, at) : null;
      if (effect) moves.push({ before: o, next: effect.kind === 'moved' ? effect.next : null });
    }
  } else {
    const shift = suspensionShiftMs(change.suspendedAt, change.at);
    for (const o of board.obligations) {
      const next = shiftAfterSuspension(o, shift, at);
      if (next) moves.push({ before: o, next });
    }
  }
  await Promise.all(
    moves
      .filter((m) => m.next)
      .map(({ before, next }) => board.replace(next!, [obligationRescheduledEntry(before, input.unitCode, next!.dueAt, change, at)])),
  );
  return moves.map(({ before, next }) => ({
    title: before.spec.title,
    before: before.dueAt,
    after: next ? next.dueAt : null,
    kept: !next,
  }));
}
