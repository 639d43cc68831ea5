import type { Client } from '@temporalio/client';
import { participationWorkflowId } from '@tdkt/contracts';

/** How long one unit's `startParticipants` activity ran, from its history (scheduled → completed). */
export async function fanOutSeconds(client: Client, campaignId: string, unitCode: string): Promise<number> {
  const events = (await client.workflow.getHandle(participationWorkflowId(campaignId, unitCode)).fetchHistory()).events ?? [];
  const scheduled = events.find((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'startParticipants');
  const completed = events.find((e) => String(e.activityTaskCompletedEventAttributes?.scheduledEventId) === String(scheduled?.eventId));
  if (!scheduled?.eventTime || !completed?.eventTime) return NaN;
  return toMs(completed.eventTime) / 1000 - toMs(scheduled.eventTime) / 1000;
}

function toMs(t: { seconds?: unknown; nanos?: number | null }): number {
  return Number(t.seconds) * 1000 + (t.nanos ?? 0) / 1e6;
}
