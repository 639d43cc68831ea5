import { participationWorkflowId } from '@tdkt/contracts';
import { measureBaselineLaunch } from './launch/measure-baseline-launch';
import { measureCampaignLaunch } from './launch/measure-campaign-launch';
import { installBenchLogger } from './support/bench-logger';
import { BenchSystem } from './support/bench-system';
import { benchCommuneCode, benchCommunes } from './support/bench-org';
import { historySteps } from './support/history-steps';
import { reportServerLog } from './support/server-log-report';
import { loadAverages } from './support/machine-load';
import { mib } from './support/process-figures';
import { cpuBetween, resourceUsage } from './support/resource-usage';
import { machineDescription, systemDescription } from './support/run-header';
import { ratio } from './support/statistics';
import { benchArguments } from './support/topology';
import { runBench } from './support/run-bench';

/**
 * Campaign launch at scale, against the bare-workflow floor on the same server. For each size N a
 * fresh system gets N communes directly under one district; the launch-only plan goes out to them,
 * then N bare workflows are started. Usage: campaign-launch.bench.ts [N …] [--topology=dev|cluster]
 * [--without-baseline] (default 100 1000 5000 on the dev server; the last flag halves a 10,000-unit run).
 */
const DEFAULT_SIZES = [100, 1000, 5000];
// Generous: the point is to measure a slow run, not to abort it.
const timeoutFor = (n: number) => Math.max(120_000, n * 200);

async function main(): Promise<void> {
  installBenchLogger();
  const withBaseline = !process.argv.includes('--without-baseline');
  const sizes = benchArguments()
    .filter((arg) => !arg.startsWith('--'))
    .map(Number)
    .filter((n) => n > 0);
  console.log(machineDescription());
  const notes: string[] = [];
  for (const n of sizes.length ? sizes : DEFAULT_SIZES) {
    const system = await BenchSystem.start(benchCommunes(n));
    try {
      console.log(`\n${systemDescription(system)}`);
      console.log(
        '\n| units | load before | ours: started | ours: in inbox | district fan-out | bare: started | bare: row written | ratio started | ratio written | load after | api+worker RSS after ours / after bare | Temporal RSS after ours / after bare |',
      );
      console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|');
      const measuredFrom = new Date().toISOString();
      const before = loadAverages();
      const atStart = await resourceUsage(system);
      const ours = await measureCampaignLaunch(system, n, timeoutFor(n));
      const afterOurs = await resourceUsage(system);
      const bare = withBaseline ? await measureBaselineLaunch(system, n, timeoutFor(n)) : { started: NaN, written: NaN };
      const afterBare = await resourceUsage(system);
      console.log(
        `| ${n} | ${before} | ${ours.started.toFixed(1)} s | ${ours.written.toFixed(1)} s | ${ours.districtFanOut?.toFixed(1)} s | ` +
          `${bare.started.toFixed(1)} s | ${bare.written.toFixed(1)} s | ${ratio(ours.started, bare.started)} | ${ratio(ours.written, bare.written)} | ${loadAverages()} | ` +
          `${mib(afterOurs.appRssMiB)} / ${mib(afterBare.appRssMiB)} | ${mib(afterOurs.temporalRssMiB)} / ${mib(afterBare.temporalRssMiB)} |`,
      );
      notes.push(
        `${n} units (${system.topology}), CPU used by ours: ${cpuBetween(atStart, afterOurs)}; by bare: ${cpuBetween(afterOurs, afterBare)}`,
      );
      console.log(notes[notes.length - 1]);
      const sampled = Array.from({ length: Math.min(n, 50) }, (_, i) => benchCommuneCode(1 + Math.floor((i * n) / Math.min(n, 50))));
      console.log(
        `\n${await historySteps(
          system.apiClient,
          sampled.map((unit) => participationWorkflowId(ours.campaignId ?? '', unit)),
        )}`,
      );
      if (system.temporal.logFile) console.log(reportServerLog(system.temporal.logFile, measuredFrom));
    } finally {
      await system.stop();
    }
  }
  console.log(`\n${notes.join('\n')}`);
}

runBench(main);
