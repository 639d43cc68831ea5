import { randomUUID } from 'node:crypto';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createCampaignVerifier } from '@tdkt/activities';
import type { VerificationReport } from '@tdkt/contracts';
import {
  BareReplayTimes,
  measureBareReplay,
  measureChainCheck,
  measureVerification,
  VerificationTimes,
} from './audit/measure-verification';
import { measureCampaignLaunch } from './launch/measure-campaign-launch';
import { BenchSystem } from './support/bench-system';
import { benchCommunes } from './support/bench-org';
import { loadAverages } from './support/machine-load';
import { machineDescription } from './support/run-header';
import { ratio } from './support/statistics';
import { workflowBundles } from './support/workflow-bundles';
import { runBench } from './support/run-bench';

/**
 * The auditors' verification of a running campaign, against a bare fetch-and-replay of the same
 * histories. For each size N a fresh embedded system gets N communes under one district, the launch-only
 * plan goes out to them, and once every unit's obligation is in the inbox, in this process:
 * `verifyCampaign` (chain, histories from archive then Temporal, replay, comparison with the log), the
 * bare baseline (same histories fetched and replayed by `Worker.runReplayHistories`, same code) and the
 * chain check alone. Two rounds in the order ours, bare | bare, ours, so drift in the machine's load
 * falls on both sides. Usage: audit-verification.bench.ts [N …] (default 1000).
 */
const DEFAULT_SIZES = [1000];
const timeoutFor = (n: number) => Math.max(120_000, n * 200);
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  console.log(machineDescription());
  const rows: string[] = [];
  const details: string[] = [];
  for (const n of sizes.length ? sizes : DEFAULT_SIZES) {
    const system = await BenchSystem.start(benchCommunes(n));
    try {
      const launch = await measureCampaignLaunch(system, n, timeoutFor(n));
      const campaignId = launch.campaignId!;
      console.log(`\nN = ${n}: campaign ${campaignId} in every inbox ${s(launch.written)} after the signature; load ${loadAverages()}`);

      const verify = createCampaignVerifier({
        dataSource: system.dataSource,
        temporalClient: system.apiClient,
        workflows: { workflowsPath: require.resolve('@tdkt/workflows') },
      });
      // Warm-up, untimed in the table: a campaign that does not exist, so the verifier bundles the
      // workflow code (once per process) and starts a replay worker without touching the measured campaign.
      const warmUpStarted = performance.now();
      await verify(randomUUID());
      const bundle = (await workflowBundles()).product; // the same sources, bundled once by BenchSystem
      console.log(`warm-up (verifier bundles the workflows, replays nothing): ${s((performance.now() - warmUpStarted) / 1000)}`);

      let workflowIds: string[] = [];
      for (const round of [1, 2]) {
        const before = loadAverages();
        let ours: VerificationTimes;
        let bare: BareReplayTimes;
        if (round === 1) {
          ours = await measureVerification(verify, campaignId);
          workflowIds = ours.report.replay.workflows.map((w) => w.workflowId);
          bare = await measureBareReplay(system.apiClient, bundle, workflowIds);
        } else {
          bare = await measureBareReplay(system.apiClient, bundle, workflowIds);
          ours = await measureVerification(verify, campaignId);
        }
        const chain = await measureChainCheck(system.dataSource, campaignId);
        const after = loadAverages();
        const { report } = ours;
        const runs = report.replay.workflows.reduce((sum, w) => sum + w.runs, 0);
        rows.push(
          `| ${n} | ${round} | ${before} | ${s(ours.total)} | ${s(ours.untilFirstReplayed)} | ${s(ours.replay)} | ${s(ours.afterReplay)} | ${report.chain.rows} | ` +
            `${report.replay.workflows.length} (${runs} runs; ${composition(report)}) | ${report.ok} | ${report.replay.mismatches.length} | ` +
            `${s(bare.fetch)} | ${s(bare.replay)} | ${s(bare.total)} | ${bare.histories} (${bare.events} events, ${bare.failed} failed) | **${ratio(ours.total, bare.total)}** | ` +
            `${(chain.read * 1000).toFixed(0)} ms + ${(chain.walk * 1000).toFixed(0)} ms (${chain.rows} rows, ok ${chain.ok}) | ${after} |`,
        );
        console.log(rows[rows.length - 1]);
        if (!report.ok) details.push(describeFailure(n, round, report));
      }
    } finally {
      await system.stop();
    }
  }
  console.log(
    '\n| units | round | load before | ours: verifyCampaign | ours: until 1st replayed | ours: replay | ours: compare | log rows | workflows replayed | ok | mismatches | ' +
      'bare: fetch | bare: replay | bare: total | bare: histories | ratio ours / bare | chain alone: read + walk | load after |',
  );
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|');
  rows.forEach((row) => console.log(row));
  for (const detail of details) console.log(`\n${detail}`);
}

/** What the replayed set is made of: workflows by kind (the id's prefix), and how many came from the archive. */
function composition(report: VerificationReport): string {
  const kinds = new Map<string, number>();
  for (const { workflowId } of report.replay.workflows) kinds.set(workflowId.split(':')[0], (kinds.get(workflowId.split(':')[0]) ?? 0) + 1);
  const archived = report.replay.workflows.filter((w) => w.from !== 'temporal').length;
  return [...[...kinds].map(([kind, count]) => `${kind} ${count}`), `from archive ${archived}`].join(', ');
}

function describeFailure(n: number, round: number, report: VerificationReport): string {
  const nondeterministic = report.replay.workflows.filter((w) => !w.deterministic);
  return [
    `### N = ${n}, round ${round}: verification ok = false`,
    `chain: ${JSON.stringify(report.chain)}`,
    `archive: ${JSON.stringify(report.archive)}`,
    `non-deterministic workflows (${nondeterministic.length}): ${JSON.stringify(nondeterministic.slice(0, 20), null, 1)}`,
    `mismatches (${report.replay.mismatches.length}, first 50 verbatim):`,
    ...report.replay.mismatches.slice(0, 50).map((m) => JSON.stringify(m)),
  ].join('\n');
}

runBench(main);
