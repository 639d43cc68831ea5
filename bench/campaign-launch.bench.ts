import { DefaultLogger, Runtime } from '@temporalio/worker';
import { measureBaselineLaunch } from './launch/measure-baseline-launch';
import { measureCampaignLaunch } from './launch/measure-campaign-launch';
import { BenchSystem } from './support/bench-system';
import { benchCommunes } from './support/bench-org';
import { loadAverages } from './support/machine-load';
import { machineDescription } from './support/run-header';
import { ratio } from './support/statistics';

/**
 * Campaign launch at scale, against the bare-workflow floor on the same server. For each size N a
 * fresh embedded system gets N communes directly under one district; the launch-only plan goes out to
 * them, then N bare workflows are started. Usage: campaign-launch.bench.ts [N …] (default 100 1000 5000).
 */
const DEFAULT_SIZES = [100, 1000, 5000];
// Generous: the point is to measure a slow run, not to abort it.
const timeoutFor = (n: number) => Math.max(120_000, n * 200);

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  console.log(machineDescription());
  console.log(
    '\n| units | load before | ours: started | ours: in inbox | district fan-out | bare: started | bare: row written | ratio started | ratio written | load after |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const n of sizes.length ? sizes : DEFAULT_SIZES) {
    const system = await BenchSystem.start(benchCommunes(n));
    try {
      const before = loadAverages();
      const ours = await measureCampaignLaunch(system, n, timeoutFor(n));
      const bare = await measureBaselineLaunch(system, n, timeoutFor(n));
      console.log(
        `| ${n} | ${before} | ${ours.started.toFixed(1)} s | ${ours.written.toFixed(1)} s | ${ours.districtFanOut?.toFixed(1)} s | ` +
          `${bare.started.toFixed(1)} s | ${bare.written.toFixed(1)} s | ${ratio(ours.started, bare.started)} | ${ratio(ours.written, bare.written)} | ${loadAverages()} |`,
      );
    } finally {
      await system.stop();
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
