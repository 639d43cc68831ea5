import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

/** A workflow id alone means its latest run; a run id picks one run, e.g. one before a continue-as-new. */
export type RecordedRun = string | { workflowId: string; runId?: string };

/**
 * Saves the histories of finished workflows for the replay tests in workflows/ to replay against later code:
 * run a system test with RECORD_HISTORIES=<dir> after an intended workflow change. Proto JSON, the format
 * `temporal workflow show --output json` writes, so a reviewer can read what a re-recording changed.
 */
export async function recordHistoriesIfAsked(client: Client, runs: Record<string, RecordedRun>): Promise<void> {
  const dir = process.env.RECORD_HISTORIES;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const [name, run] of Object.entries(runs)) {
    const { workflowId, runId } = typeof run === 'string' ? { workflowId: run, runId: undefined } : run;
    const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    // Needs one protobufjs shared by the @temporalio packages: the root package.json pins it so npm dedupes them.
    writeFileSync(join(dir, `${name}.history.json`), `${historyToJSON(history)}\n`);
  }
}
