import type { Client } from '@temporalio/client';
import { Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createCampaignVerifier, workerSinks } from '@tdkt/activities';
import type { VerificationReport } from '@tdkt/contracts';
import { DecisionLog, verifyDecisionChain } from '@tdkt/persistence';
import type { DataSource } from 'typeorm';

export type Verify = ReturnType<typeof createCampaignVerifier>;

export interface VerificationTimes {
  report: VerificationReport;
  /** Seconds, wall clock, of the whole `verifyCampaign` call. */
  total: number;
  /** From the call to the first replayed workflow: the log's rows, every history collected, the replay worker up. */
  untilFirstReplayed: number;
  /** From the first replayed workflow to the last. */
  replay: number;
  /** From the last replayed workflow to the report: the comparison with the log and the read models. */
  afterReplay: number;
}

/** Times one `verifyCampaign` call, split by its progress callback (called once per replayed run). */
export async function measureVerification(verify: Verify, campaignId: string): Promise<VerificationTimes> {
  let first: number | undefined;
  let last: number | undefined;
  const t0 = performance.now();
  const report = await verify(campaignId, () => {
    last = performance.now();
    first ??= last;
  });
  const t1 = performance.now();
  first ??= t1;
  last ??= t1;
  return {
    report,
    total: (t1 - t0) / 1000,
    untilFirstReplayed: (first - t0) / 1000,
    replay: (last - first) / 1000,
    afterReplay: (t1 - last) / 1000,
  };
}

export interface BareReplayTimes {
  histories: number;
  events: number;
  /** Seconds to fetch every history, one after another, from Temporal. */
  fetch: number;
  /** Seconds for `Worker.runReplayHistories` over them all (one replay worker, like the verifier's). */
  replay: number;
  total: number;
  failed: number;
}

/**
 * The floor under the verifier: the same workflows' histories fetched from Temporal one after another
 * (one `fetchHistory` each, no describe, no archive, no database), then replayed by a bare
 * `Worker.runReplayHistories` on the given bundle. The audit sink is the production worker's no-op one
 * (not called during replay): without any sink the SDK logs an error for every sink call.
 */
export async function measureBareReplay(
  client: Client,
  workflowBundle: WorkflowBundleWithSourceMap,
  workflowIds: readonly string[],
): Promise<BareReplayTimes> {
  const t0 = performance.now();
  const histories = [];
  for (const workflowId of workflowIds) histories.push({ workflowId, history: await client.workflow.getHandle(workflowId).fetchHistory() });
  const t1 = performance.now();
  let failed = 0;
  for await (const result of Worker.runReplayHistories(
    { workflowBundle, sinks: workerSinks(), replayName: 'bench-bare-replay' },
    histories,
  ))
    if (result.error) failed++;
  const t2 = performance.now();
  return {
    histories: histories.length,
    events: histories.reduce((sum, h) => sum + (h.history.events?.length ?? 0), 0),
    fetch: (t1 - t0) / 1000,
    replay: (t2 - t1) / 1000,
    total: (t2 - t0) / 1000,
    failed,
  };
}

export interface ChainCheckTimes {
  rows: number;
  ok: boolean;
  /** Seconds to read the rows (and the chain head) from the app database. */
  read: number;
  /** Seconds for verifyDecisionChain over them (one hash per row; no seals: those come from the campaign's history). */
  walk: number;
}

/** The decision chain alone, as the verifier starts: `DecisionLog.rows` + `head`, then `verifyDecisionChain`. */
export async function measureChainCheck(dataSource: DataSource, campaignId: string): Promise<ChainCheckTimes> {
  const log = new DecisionLog(dataSource);
  const t0 = performance.now();
  const [rows, head] = await Promise.all([log.rows(campaignId), log.head(campaignId)]);
  const t1 = performance.now();
  const verdict = verifyDecisionChain(campaignId, rows, head);
  const t2 = performance.now();
  return { rows: verdict.rows, ok: verdict.ok, read: (t1 - t0) / 1000, walk: (t2 - t1) / 1000 };
}
