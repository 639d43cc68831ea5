import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { temporal } from '@temporalio/proto';
import { HistoryArchive } from '@tdkt/persistence';
import { decodeHistory } from './history-codec';

type History = temporal.api.history.v1.IHistory;

export interface RunHistory {
  workflowId: string;
  runId: string;
  history: History;
  from: 'archive' | 'temporal';
}

export interface CollectedHistories {
  runs: RunHistory[];
  /** Archived runs whose bytes no longer give the hash recorded when they were archived. */
  corrupted: string[];
  archived: number;
}

/**
 * Every run of the given workflows: from the archive first (it outlives Temporal's retention), then the
 * runs only Temporal holds (those still running, or closed and not archived yet). Temporal being
 * unreachable or having dropped a workflow only narrows the set to what the archive holds.
 */
export async function collectHistories(
  archive: HistoryArchive,
  client: Client | null,
  campaignId: string,
  workflowIds: string[],
): Promise<CollectedHistories> {
  const stored = await archive.list(campaignId);
  const runs: RunHistory[] = [];
  const corrupted: string[] = [];
  for (const entry of stored) {
    const compressed = await archive.load(entry.workflowId, entry.runId);
    const decoded = compressed && decodeHistory(compressed);
    if (!decoded || decoded.sha256 !== entry.sha256) {
      corrupted.push(`${entry.workflowId} ${entry.runId}`);
      continue;
    }
    runs.push({ workflowId: entry.workflowId, runId: entry.runId, history: decoded.history, from: 'archive' });
  }
  const have = new Set(stored.map((entry) => `${entry.workflowId}|${entry.runId}`));
  if (client) for (const workflowId of workflowIds) runs.push(...(await liveRuns(client, workflowId, have)));
  return { runs: inRunOrder(runs), corrupted, archived: stored.length };
}

async function liveRuns(client: Client, workflowId: string, have: Set<string>): Promise<RunHistory[]> {
  const found: RunHistory[] = [];
  let runId: string | undefined;
  try {
    runId = (await client.workflow.getHandle(workflowId).describe()).runId;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return found;
    throw error;
  }
  while (runId && !have.has(`${workflowId}|${runId}`)) {
    let history: History;
    try {
      history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) break;
      throw error;
    }
    found.unshift({ workflowId, runId, history, from: 'temporal' });
    runId = history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
  }
  return found;
}

/** Runs of one workflow in the order they ran (by their first event's time), workflows side by side. */
function inRunOrder(runs: RunHistory[]): RunHistory[] {
  const started = (run: RunHistory) =>
    Number(run.history.events?.[0]?.eventTime?.seconds ?? 0) * 1e9 + (run.history.events?.[0]?.eventTime?.nanos ?? 0);
  return runs.sort((a, b) => a.workflowId.localeCompare(b.workflowId) || started(a) - started(b));
}
