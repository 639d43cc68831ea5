import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvReader } from '@tdkt/config';
import { postgresServerOf, resolveTemporalServerBinaries, TemporalServer } from '@tdkt/temporal';
import { freeServerPorts, withAdmin } from '@tdkt/testing';
import { parentPid, processTreeCpuSeconds } from './process-figures';
import type { BenchTemporal } from './bench-temporal';

/**
 * The server's persistence settings: the defaults of tools/cluster/temporal unless BENCH_HISTORY_SHARDS or
 * BENCH_PERSISTENCE_POOL asks for others, to compare server tunings (printed with the figures).
 */
export function clusterServerTuning(env: NodeJS.ProcessEnv = process.env): { historyShards: number; persistencePool: number } {
  const reader = new EnvReader(env);
  const tuning = {
    historyShards: reader.integer('BENCH_HISTORY_SHARDS', 8, 1, 1024),
    persistencePool: reader.integer('BENCH_PERSISTENCE_POOL', 20, 1, 500),
  };
  reader.done();
  return tuning;
}

/**
 * The production Temporal server (the release the dev server embeds) on two fresh PostgreSQL databases,
 * created and migrated by the shared schema script, every port free: a clean server per run that never
 * meets another engineer's. The databases are dropped at stop; the log file is kept for grepping.
 */
export async function startClusterTemporal(adminUrl: string): Promise<BenchTemporal> {
  const id = randomBytes(4).toString('hex');
  const databases = { main: `tdkt_bench_temporal_${id}`, visibility: `tdkt_bench_temporal_vis_${id}` };
  const logFile = join(tmpdir(), `tdkt-bench-temporal-${id}.log`);
  const tuning = clusterServerTuning();
  const server = new TemporalServer({
    binaries: resolveTemporalServerBinaries((line) => console.log(line)),
    postgres: postgresServerOf(adminUrl),
    databases,
    ports: await freeServerPorts(),
    namespace: 'default',
    logFile,
    ...tuning,
  });
  const dropDatabases = () =>
    withAdmin(adminUrl, async (admin) => {
      for (const name of Object.values(databases)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  try {
    await server.start();
  } catch (error) {
    await server.stop('SIGKILL');
    await dropDatabases();
    throw error;
  }
  return {
    address: server.address,
    pid: server.pid,
    description: `Temporal server (production, PostgreSQL) ${tuning.historyShards} history shards, persistence pool ${tuning.persistencePool}; log ${logFile}`,
    logFile,
    databaseNames: Object.values(databases),
    stop: async () => {
      await server.stop();
      await dropDatabases();
    },
  };
}

/**
 * What the server logged at level error, and every line that speaks of a limit (rate limits, resource
 * exhausted, blob or history size): a long launch must finish with none of either.
 */
export function serverLogFindings(logFile: string): { errors: string[]; limits: string[] } {
  if (!existsSync(logFile)) return { errors: [], limits: [] };
  const lines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
  return {
    errors: lines.filter((line) => /"level":"(error|fatal|panic|dpanic)"/.test(line)),
    limits: lines.filter((line) => /limit|exhausted|throttl/i.test(withoutStack(line))),
  };
}

/** The line without its stack trace and source position: every call passes through `rate_limit.go`. */
function withoutStack(line: string): string {
  try {
    const { stacktrace: _stack, 'logging-call-at': _at, ...rest } = JSON.parse(line) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return line;
  }
}

/**
 * CPU seconds the whole PostgreSQL server has used so far: its postmaster with every backend, those the pools closed
 * included, and its writers (WAL, checkpoints), which our commits keep busy too. Every database on it counts, so the
 * figures mean something only on a PostgreSQL the bench has to itself.
 */
export async function postgresServerCpuSeconds(adminUrl: string): Promise<number> {
  // The parent is read while the connection is open: its backend exits with it.
  const postmaster = await withAdmin(adminUrl, async (admin) => {
    const backend = await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return parentPid(backend.rows[0].pid);
  });
  return processTreeCpuSeconds(postmaster);
}
