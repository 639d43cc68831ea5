// The production topology on one machine: PostgreSQL (the app database and Temporal's two), the Temporal
// server built from its Go module with several history shards, its Web UI, two api processes behind
// ports 3000 and 3001, and two workers polling one task queue. docker-compose.yml describes the same
// topology with the same Temporal configuration (tools/cluster/temporal).
import { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { openDatabase, seedDemoOrg } from '@tdkt/persistence';
import { loadConfig } from '@tdkt/config';
import {
  DEFAULT_SERVER_PORTS,
  postgresServerOf,
  resolveTemporalServerBinaries,
  startTemporalUi,
  stopProcess,
  TemporalServer,
  workspaceRoot,
} from '@tdkt/temporal';
import { persistentSecret, startChild, waitForReady } from './supervision';

const API_PORTS = [3000, 3001];
const WORKERS = 2;
const TEMPORAL_UI_PORT = 8080;
const APP_DATABASE = 'tdkt';
const root = workspaceRoot(__dirname);
const apps: ChildProcess[] = [];
let ui: ChildProcess | undefined;
let temporal: TemporalServer | undefined;
let stopping = false;

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('Stopping: apis and workers first, then the Web UI and Temporal…');
  await Promise.all(apps.map((child) => stopProcess(child, 'SIGTERM')));
  await stopProcess(ui, 'SIGTERM');
  await temporal?.stop();
  log('Stopped. PostgreSQL keeps running with the data.');
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const adminUrl = process.env.POSTGRES_ADMIN_URL;
  if (!adminUrl) throw new Error('POSTGRES_ADMIN_URL must name a PostgreSQL server (tools/start-cluster.sh sets it)');
  const dataDir = resolve(process.env.DATA_DIR ?? join(root, 'data', 'cluster'));
  mkdirSync(dataDir, { recursive: true });
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const binaries = resolveTemporalServerBinaries((line) => log(line));
  temporal = new TemporalServer({
    binaries,
    postgres: postgresServerOf(adminUrl),
    databases: { main: 'temporal', visibility: 'temporal_visibility' },
    ports: DEFAULT_SERVER_PORTS,
    namespace: 'default',
    logFile: join(dataDir, 'temporal-server.log'),
  });
  log(`Temporal server ${binaries.server} on PostgreSQL; its log: ${temporal.options.logFile}`);
  await temporal.start();
  ui = startTemporalUi(binaries.uiServer, {
    temporalAddress: temporal.address,
    port: TEMPORAL_UI_PORT,
    logFile: join(dataDir, 'temporal-ui.log'),
  });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: await ensureAppDatabase(adminUrl),
    JWT_SECRET: process.env.JWT_SECRET ?? persistentSecret(join(dataDir, 'jwt-secret')),
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_UI_URL: process.env.TEMPORAL_UI_URL ?? `http://localhost:${TEMPORAL_UI_PORT}`,
    WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? join(root, 'apps', 'web', 'dist'),
    // Migrated once below, before any replica starts, as a deployment's release step does.
    RUN_MIGRATIONS: 'false',
    HOST: process.env.HOST ?? '127.0.0.1',
  };
  const dataSource = await openDatabase(loadConfig(env).database, { migrate: true });
  const seeded = await seedDemoOrg(dataSource);
  await dataSource.destroy();
  log(seeded === 'seeded' ? 'App database created and the demo province seeded.' : 'App database found; data kept as it was.');

  const node = (entry: string) => ['-r', '@swc-node/register', join(root, entry)];
  const { JWT_SECRET: _apiOnly, ...workerEnv } = env;
  for (let n = 1; n <= WORKERS; n++) apps.push(startChild(`worker-${n}`, process.execPath, node('apps/worker/src/main.ts'), workerEnv));
  for (const port of API_PORTS)
    apps.push(startChild(`api-${port}`, process.execPath, node('apps/api/src/main.ts'), { ...env, PORT: String(port) }));
  for (const child of apps) child.on('exit', () => void stopAll(1));

  await Promise.all(API_PORTS.map((port) => waitForReady(`http://127.0.0.1:${port}/health/ready`, 180_000)));
  log(
    [
      '',
      'The production topology is running:',
      ...API_PORTS.map((port) => `  Web and API     http://localhost:${port}/`),
      `  Temporal        ${temporal.address} (PostgreSQL persistence, ${temporal.options.historyShards ?? 8} history shards)`,
      `  Temporal UI     http://localhost:${TEMPORAL_UI_PORT}/`,
      `  Workers         ${WORKERS} processes on one task queue`,
      '',
      `Demo logins as with npm start. Press Ctrl-C to stop; data stays in PostgreSQL and ${dataDir}.`,
      '',
    ].join('\n'),
  );
}

/** The app's own database beside Temporal's, created on first start. */
async function ensureAppDatabase(adminUrl: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [APP_DATABASE]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${APP_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${APP_DATABASE}`;
  return url.toString();
}

function log(line: string): void {
  process.stdout.write(`[cluster] ${line}\n`);
}

main().catch((error) => {
  process.stderr.write(`[cluster] ${error?.message ?? error}\n`);
  void stopAll(1);
});
