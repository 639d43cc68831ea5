import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

/**
 * Saves the histories of finished workflows (protobuf binary, as the server sends them), for the replay tests in workflows/ to replay
 * against later code: run a system test with RECORD_HISTORIES=<dir> after an intended workflow change.
 */
export async function recordHistoriesIfAsked(client: Client, workflowIds: Record<string, string>): Promise<void> {
  const dir = process.env.RECORD_HISTORIES;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const [name, workflowId] of Object.entries(workflowIds)) {
    const history = await client.workflow.getHandle(workflowId).fetchHistory();
    // Binary, not the SDK's JSON helper: that one trips over the duplicate protobufjs copies npm installs here.
    writeFileSync(join(dir, `${name}.history.bin`), temporal.api.history.v1.History.encode(history).finish());
  }
}
