import { readFileSync } from 'node:fs';
import { ApprovalDriver } from './soak/approval-driver';
import { startSoakSystem } from './soak/soak-system';
import { Reading, trendOf } from './soak/trend';
import { BENCH_PASSWORD, benchCommunes, benchLeaderOf } from './support/bench-org';
import { HttpOfficial } from './support/http-official';
import { loadAverages } from './support/machine-load';
import { cpuSeconds, residentMiB } from './support/process-figures';
import { machineDescription } from './support/run-header';
import { reportServerLog } from './support/server-log-report';
import { quantile } from './support/statistics';
import { benchArguments } from './support/topology';
import { runBench } from './support/run-bench';

/**
 * Approvals at a steady rate against the api on the production topology (the Temporal server on
 * PostgreSQL, the api and the worker as their own processes), for `minutes`; every 30 s the api's,
 * the worker's and Temporal's resident memory is read from /proc. A leak shows as a slope that does
 * not flatten. The clock starts once the first campaign is open everywhere. Usage: approval-soak.bench.ts [minutes] [officials] [approvals per minute] (default 30 50 60).
 */
const SAMPLE_EVERY_MS = 30_000;

async function main(): Promise<void> {
  const [minutes = 30, officials = 50, perMinute = 60] = benchArguments().map(Number);
  console.log(machineDescription());
  const system = await startSoakSystem(benchCommunes(officials, true));
  try {
    console.log(
      `topology: cluster: ${system.temporal.description}; api pid ${system.api.pid}, worker pid ${system.worker.pid} (own processes)`,
    );
    console.log(`logs: api ${system.logs.api}, worker ${system.logs.worker}`);
    console.log(`${perMinute} approvals (submit + approve) per minute by ${officials} commune leaders, for ${minutes} min\n`);
    const leaders = await Promise.all(
      Array.from({ length: officials }, (_, i) => HttpOfficial.login(system.baseUrl, benchLeaderOf(i + 1), BENCH_PASSWORD)),
    );
    const driver = new ApprovalDriver(system.baseUrl, system.dataSource, leaders);
    await driver.start(perMinute);
    const series = { api: [] as Reading[], worker: [] as Reading[], temporal: [] as Reading[] };
    const measuredFrom = new Date().toISOString();
    const t0 = performance.now();
    const cpuAtStart = cpus(system);

    console.log('| minute | load | api RSS | worker RSS | Temporal RSS | approvals | failures | starved ticks | action p50 | action p99 |');
    console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    const sample = () => {
      const minute = (performance.now() - t0) / 60_000;
      const [api, worker, temporal] = [residentMiB(system.api.pid), residentMiB(system.worker.pid), residentMiB(system.temporal.pid)];
      series.api.push({ minute, value: api });
      series.worker.push({ minute, value: worker });
      series.temporal.push({ minute, value: temporal });
      const window = driver.drainLatencies();
      const { approvals, failures, starvedTicks } = driver.totals;
      console.log(
        `| ${minute.toFixed(1)} | ${loadAverages()} | ${api.toFixed(0)} MiB | ${worker.toFixed(0)} MiB | ${temporal.toFixed(0)} MiB | ` +
          `${approvals} | ${failures} | ${starvedTicks} | ${quantile(window, 0.5).toFixed(0)} ms | ${quantile(window, 0.99).toFixed(0)} ms |`,
      );
    };
    sample();
    const sampler = setInterval(sample, SAMPLE_EVERY_MS);
    await new Promise((resolve) => setTimeout(resolve, minutes * 60_000));
    clearInterval(sampler);
    sample();
    await driver.stop();
    const cpuAtEnd = cpus(system);

    console.log(`\nran ${((performance.now() - t0) / 60_000).toFixed(1)} min; ${JSON.stringify(driver.totals)}`);
    for (const failure of driver.failures) console.log(`  failure: ${failure}`);
    console.log('\n| process | first | last | max | slope (least squares) |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, readings] of Object.entries(series)) {
      const t = trendOf(readings);
      const secondHalf = trendOf(readings.slice(Math.floor(readings.length / 2)));
      console.log(
        `| ${name} | ${t.first.toFixed(0)} MiB | ${t.last.toFixed(0)} MiB | ${t.max.toFixed(0)} MiB | ` +
          `${t.perHour.toFixed(1)} MiB/h (second half: ${secondHalf.perHour.toFixed(1)} MiB/h) |`,
      );
    }
    console.log(
      `\nCPU over the soak: api ${(cpuAtEnd.api - cpuAtStart.api).toFixed(0)} s, worker ${(cpuAtEnd.worker - cpuAtStart.worker).toFixed(0)} s, ` +
        `Temporal ${(cpuAtEnd.temporal - cpuAtStart.temporal).toFixed(0)} s`,
    );
    console.log(reportServerLog(system.temporal.logFile ?? '', measuredFrom));
    for (const [name, file] of Object.entries(system.logs)) console.log(appLogFindings(name, file));
  } finally {
    await system.stop();
  }
}

function cpus(system: Awaited<ReturnType<typeof startSoakSystem>>) {
  return { api: cpuSeconds(system.api.pid), worker: cpuSeconds(system.worker.pid), temporal: cpuSeconds(system.temporal.pid) };
}

/** The api and the worker log JSON lines (pino levels: 50 error, 40 warn); anything else is an unexpected print. */
function appLogFindings(name: string, file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const levelOf = (line: string) => /"level":(\d+)/.exec(line)?.[1] ?? /"level":"(\w+)"/.exec(line)?.[1];
  const errors = lines.filter((line) => ['50', '60', 'error', 'fatal', 'ERROR'].includes(levelOf(line) ?? ''));
  const warnings = lines.filter((line) => ['40', 'warn', 'WARN'].includes(levelOf(line) ?? ''));
  return [
    `${name} log ${file}: ${lines.length} lines, ${errors.length} error, ${warnings.length} warning`,
    ...errors.slice(0, 3).map((l) => `    ${l.slice(0, 300)}`),
  ].join('\n');
}

runBench(main);
