import { measureApprovalRound, RoundTripSamples } from './approval/measure-approval-round-trip';
import { measureBareUpdateRound } from './approval/measure-bare-update';
import { BenchSystem } from './support/bench-system';
import { BENCH_PASSWORD, benchCommunes, benchLeaderOf } from './support/bench-org';
import { HttpOfficial } from './support/http-official';
import { loadAverages } from './support/machine-load';
import { installBenchLogger } from './support/bench-logger';
import { historySteps } from './support/history-steps';
import { mib } from './support/process-figures';
import { addCpuSpent, cpuBetween, CpuSpent, NO_CPU_SPENT, resourceUsage, runsOnPostgres } from './support/resource-usage';
import { machineDescription, systemDescription } from './support/run-header';
import { reportServerLog } from './support/server-log-report';
import { quantile, ratio } from './support/statistics';
import { benchArguments } from './support/topology';
import { runBench } from './support/run-bench';

/**
 * Approval round trip under load: `officials` commune leaders at once, each submitting and approving
 * their own unit's launch report over HTTP, for `rounds` campaigns; then the same number of bare
 * Updates on a trivial workflow through the same client.
 * Usage: approval-round-trip.bench.ts [officials] [rounds] [--topology=dev|cluster] (default 50 3 on the dev server).
 */
async function main(): Promise<void> {
  installBenchLogger();
  const [officials = 50, rounds = 3] = benchArguments().map(Number);
  console.log(machineDescription());
  const system = await BenchSystem.start(benchCommunes(officials, true));
  try {
    console.log(systemDescription(system));
    const leaders = await Promise.all(
      Array.from({ length: officials }, (_, i) => HttpOfficial.login(system.baseUrl, benchLeaderOf(i + 1), BENCH_PASSWORD)),
    );
    const measuredFrom = new Date().toISOString();
    const before = loadAverages();
    const atStart = await resourceUsage(system);
    const ours = merge(await sequentially(rounds, () => measureApprovalRound(system, leaders)));
    const afterOurs = await resourceUsage(system);
    const bare = merge(await sequentially(rounds, () => measureBareUpdateRound(system, officials)));
    const afterBare = await resourceUsage(system);
    const after = loadAverages();

    const row = (what: string, o: number[], b: number[], q: number) =>
      `| ${what} | ${quantile(o, q).toFixed(0)} ms | ${quantile(b, q).toFixed(0)} ms | ${ratio(quantile(o, q), quantile(b, q))} |`;
    console.log(`\n${officials} concurrent officials × ${rounds} rounds; load before ${before}, after ${after}`);
    console.log(`actions not yet in the read model when their call returned: ${ours.notYetProjected} of ${ours.calls.length}\n`);
    console.log('| measure | ours (HTTP → Update → projection) | bare Update | ratio |');
    console.log('|---|---:|---:|---:|');
    console.log(row('one action, p50', ours.calls, bare.calls, 0.5));
    console.log(row('one action, p99', ours.calls, bare.calls, 0.99));
    console.log(row('submit + approve, p50', ours.roundTrips, bare.roundTrips, 0.5));
    console.log(row('submit + approve, p99', ours.roundTrips, bare.roundTrips, 0.99));
    console.log(
      `\napi+worker RSS: ${mib(atStart.appRssMiB)} before, ${mib(afterOurs.appRssMiB)} after ours, ${mib(afterBare.appRssMiB)} after bare`,
    );
    console.log(
      `Temporal RSS: ${mib(atStart.temporalRssMiB)} before, ${mib(afterOurs.temporalRssMiB)} after ours, ${mib(afterBare.temporalRssMiB)} after bare`,
    );
    console.log(`\nCPU per timed call, while the calls ran (launches not counted); on saturated cores the latencies follow it:`);
    console.log('| part | ours | bare Update | ratio |');
    console.log('|---|---:|---:|---:|');
    const perCall = (samples: RoundTripSamples, part: keyof CpuSpent | 'all') => {
      const seconds = part === 'all' ? samples.cpu.app + samples.cpu.temporal + samples.cpu.postgres : samples.cpu[part];
      return (seconds * 1000) / samples.calls.length;
    };
    // On the dev topology nothing runs on PostgreSQL: its row would read 0 against 0.
    const parts = runsOnPostgres(system) ? PARTS : PARTS.filter((p) => p !== 'postgres');
    for (const part of parts)
      console.log(
        `| ${part} | ${perCall(ours, part).toFixed(1)} ms | ${perCall(bare, part).toFixed(1)} ms | ${ratio(perCall(ours, part), perCall(bare, part))} |`,
      );
    console.log(`CPU used by ours (launches included): ${cpuBetween(atStart, afterOurs)}; by bare: ${cpuBetween(afterOurs, afterBare)}`);
    console.log(`\n${await historySteps(system.apiClient, ours.workflowIds)}`);
    if (system.temporal.logFile) console.log(reportServerLog(system.temporal.logFile, measuredFrom));
  } finally {
    await system.stop();
  }
}

const PARTS = ['app', 'temporal', 'postgres', 'all'] as const;

async function sequentially<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) results.push(await run());
  return results;
}

function merge(rounds: RoundTripSamples[]): RoundTripSamples {
  return {
    calls: rounds.flatMap((r) => r.calls),
    roundTrips: rounds.flatMap((r) => r.roundTrips),
    notYetProjected: rounds.reduce((sum, r) => sum + r.notYetProjected, 0),
    workflowIds: rounds.flatMap((r) => r.workflowIds),
    cpu: rounds.map((r) => r.cpu).reduce(addCpuSpent, NO_CPU_SPENT),
  };
}

runBench(main);
