import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresServerOf, resolveTemporalServerBinaries, TemporalServer, TemporalServerPorts } from '@tdkt/temporal';
import { freePortBetween } from './free-port';

export interface TestTemporalServer {
  server: TemporalServer;
  /** Stops the server and drops its two databases. */
  destroy(): Promise<void>;
}

/**
 * The production Temporal server (built from its Go module) on two fresh PostgreSQL databases of the server
 * `adminUrl` names, every port free-picked: a private cluster for one test file, restartable on its data.
 */
export async function startTestTemporalServer(adminUrl = requiredPostgresUrl()): Promise<TestTemporalServer> {
  const suffix = randomBytes(5).toString('hex');
  const databases = { main: `temporal_test_${suffix}`, visibility: `temporal_visibility_test_${suffix}` };
  const logDir = mkdtempSync(join(tmpdir(), 'tdkt-temporal-server-'));
  const server = new TemporalServer({
    binaries: resolveTemporalServerBinaries((line) => process.stderr.write(`${line}\n`)),
    postgres: postgresServerOf(adminUrl),
    databases,
    ports: await freeServerPorts(),
    namespace: 'default',
    logFile: join(logDir, 'temporal-server.log'),
    // Fewer shards than production: a test's few workflows, and a faster start.
    historyShards: 4,
    // The PostgreSQL server is shared with the suite's own databases: a test's load needs few connections.
    persistencePool: 8,
  });
  const destroy = async () => {
    await server.stop();
    await dropDatabases(adminUrl, Object.values(databases));
    rmSync(logDir, { recursive: true, force: true });
  };
  try {
    await server.start();
  } catch (error) {
    const log = readFileSync(server.options.logFile, 'utf8').split('\n').slice(-15).join('\n');
    await destroy();
    throw new Error(`${(error as Error).message}\nLast lines of its log:\n${log}`);
  }
  return { server, destroy };
}

/** A free port for each of the server's listeners, every one below 32768 (see below). */
export async function freeServerPorts(): Promise<TemporalServerPorts> {
  const names: (keyof TemporalServerPorts)[] = [
    'frontend',
    'frontendHttp',
    'frontendMembership',
    'history',
    'historyMembership',
    'matching',
    'matchingMembership',
    'worker',
    'workerMembership',
  ];
  const ports = new Set<number>();
  // Below 32768 for every port: membership ports are stored in a smallint column.
  while (ports.size < names.length) ports.add(await freePortBetween(20_000, 32_000));
  const picked = [...ports];
  return Object.fromEntries(names.map((name, i) => [name, picked[i]])) as unknown as TemporalServerPorts;
}

async function dropDatabases(adminUrl: string, names: string[]): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function requiredPostgresUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error('The production Temporal server runs on PostgreSQL: set TEST_POSTGRES_URL (tools/test.sh does)');
  return url;
}
