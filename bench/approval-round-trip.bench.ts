import { DefaultLogger, Runtime } from '@temporalio/worker';
import { measureApprovalRound, RoundTripSamples } from './approval/measure-approval-round-trip';
import { measureBareUpdateRound } from './approval/measure-bare-update';
import { BenchSystem } from './support/bench-system';
import { BENCH_PASSWORD, benchCommunes, benchLeaderOf } from './support/bench-org';
import { HttpOfficial } from './support/http-official';
import { loadAverages } from './support/machine-load';
import { machineDescription } from './support/run-header';
import { quantile, ratio } from './support/statistics';

/**
 * Approval round trip under load: `officials` commune leaders at once, each submitting and approving
 * their own unit's launch report over HTTP, for `rounds` campaigns; then the same number of bare
 * Updates on a trivial workflow through the same client. Usage: approval-round-trip.bench.ts [officials] [rounds].
 */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const [officials = 50, rounds = 3] = process.argv.slice(2).map(Number);
  console.log(machineDescription());
  const system = await BenchSystem.start(benchCommunes(officials, true));
  try {
    const leaders = await Promise.all(
      Array.from({ length: officials }, (_, i) => HttpOfficial.login(system.baseUrl, benchLeaderOf(i + 1), BENCH_PASSWORD)),
    );
    const before = loadAverages();
    const ours = merge(await sequentially(rounds, () => measureApprovalRound(system, leaders)));
    const bare = merge(await sequentially(rounds, () => measureBareUpdateRound(system, officials)));
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
  } finally {
    await system.stop();
  }
}

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
  };
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
