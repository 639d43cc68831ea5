import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { quantile } from './statistics';

/**
 * Where a workflow's time goes, from Temporal's own clock: for workflows whose histories have the same
 * shape (as every bench commune's does), the median and p90 gap before each event. A long gap before
 * ActivityTaskStarted is dispatch (matching, a busy worker), before WorkflowTaskCompleted our workflow
 * code, before the next WorkflowTaskScheduled the server's persistence.
 */
export async function historySteps(client: Client, workflowIds: readonly string[]): Promise<string> {
  const histories = await Promise.all(workflowIds.map(async (id) => eventsOf(client, id)));
  const shapes = new Map<string, { name: string; at: number }[][]>();
  for (const events of histories) {
    const shape = events.map((e) => e.name).join(',');
    shapes.set(shape, [...(shapes.get(shape) ?? []), events]);
  }
  const [common] = [...shapes.values()].sort((a, b) => b.length - a.length);
  if (!common?.length) return 'no history';
  const lines = [
    `history of ${common.length} of ${histories.length} workflows (those of the most common shape): gap before each event, median / p90`,
    '| # | event | median | p90 |',
    '|---:|---|---:|---:|',
  ];
  common[0].forEach((event, i) => {
    if (i === 0) return;
    const gaps = common.map((events) => events[i].at - events[i - 1].at);
    lines.push(`| ${i + 1} | ${event.name} | ${quantile(gaps, 0.5).toFixed(0)} ms | ${quantile(gaps, 0.9).toFixed(0)} ms |`);
  });
  return lines.join('\n');
}

async function eventsOf(client: Client, workflowId: string): Promise<{ name: string; at: number }[]> {
  const { events } = await client.workflow.getHandle(workflowId).fetchHistory();
  return (events ?? []).map((e) => ({
    name: (temporal.api.enums.v1.EventType[e.eventType ?? 0] ?? String(e.eventType)).replace(/^EVENT_TYPE_/, ''),
    at: Number(e.eventTime?.seconds ?? 0) * 1000 + (e.eventTime?.nanos ?? 0) / 1e6,
  }));
}
