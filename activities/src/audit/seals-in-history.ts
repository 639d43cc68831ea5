import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import type { ChainHead } from '@tdkt/contracts';
import type { ChainSeal } from '@tdkt/persistence';

const SEAL_ACTIVITY = 'sealDecisionChain';

/** The chain heads a campaign workflow recorded: each sealDecisionChain call's label (its input) and head (its result). */
export function sealsInHistory(history: temporal.api.history.v1.IHistory): ChainSeal[] {
  const labels = new Map<string, string>();
  const seals: ChainSeal[] = [];
  for (const event of history.events ?? []) {
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled?.activityType?.name === SEAL_ACTIVITY) {
      const input = defaultPayloadConverter.fromPayload<{ label: string }>(scheduled.input!.payloads![0]);
      labels.set(String(event.eventId), input.label);
    }
    const completed = event.activityTaskCompletedEventAttributes;
    const label = completed ? labels.get(String(completed.scheduledEventId)) : undefined;
    if (completed && label !== undefined) {
      const head = defaultPayloadConverter.fromPayload<ChainHead>(completed.result!.payloads![0]);
      seals.push({ label, seq: head.seq, hash: head.hash });
    }
  }
  return seals;
}
