import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '@tdkt/config';
import type { OrgImport } from '@tdkt/domain';
import { openDatabase, OrgDirectory, seedDemoOrg } from '@tdkt/persistence';
import { stopProcess, workspaceRoot } from '@tdkt/temporal';
import { createTestDatabase, freePort } from '@tdkt/testing';
import type { BenchTemporal } from '../support/bench-temporal';
import { postgresUrl } from '../support/bench-temporal';
import { startClusterTemporal } from '../support/cluster-temporal';

/**
 * The production topology's moving parts as separate processes, as `npm run start:cluster` runs them
 * (one api, one worker: apps/api and apps/worker from source), so each one's memory can be read on its
 * own over a long run: the Temporal server on fresh PostgreSQL databases, the app database on
 * PostgreSQL, migrated and seeded here before either child starts. Their output goes to log files.
 */
export interface SoakSystem {
  baseUrl: string;
  /** The bench's own connection to the app database, to see when a campaign has opened everywhere. */
  dataSource: DataSource;
  temporal: BenchTemporal;
  api: ChildProcess;
  worker: ChildProcess;
  logs: { api: string; worker: string };
  stop(): Promise<void>;
}

export async function startSoakSystem(extraOrg: OrgImport): Promise<SoakSystem> {
  process.env.TEST_POSTGRES_URL = postgresUrl();
  const logDir = mkdtempSync(join(tmpdir(), 'tdkt-soak-'));
  const [temporal, database, apiPort] = await Promise.all([
    startClusterTemporal(postgresUrl()),
    createTestDatabase('postgres'),
    freePort(),
  ]);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: logDir,
    DATABASE_URL: database.config.type === 'postgres' ? database.config.url : '',
    TEMPORAL_ADDRESS: temporal.address,
    RUN_MIGRATIONS: 'false',
    LOG_LEVEL: 'warn',
  };
  const started: ChildProcess[] = [];
  const cleanUp = async () => {
    await Promise.all(started.map((child) => stopProcess(child, 'SIGKILL', 5_000)));
    await temporal.stop();
    await database.drop();
  };
  try {
    return await startApps(env, logDir, apiPort, extraOrg, temporal, started, database.drop);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

async function startApps(
  env: NodeJS.ProcessEnv,
  logDir: string,
  apiPort: number,
  extraOrg: OrgImport,
  temporal: BenchTemporal,
  started: ChildProcess[],
  dropDatabase: () => Promise<void>,
): Promise<SoakSystem> {
  const dataSource = await openDatabase(loadConfig({ ...env, JWT_SECRET: 'unused-here-but-required-by-the-config' }).database, {
    migrate: true,
  });
  await seedDemoOrg(dataSource);
  await new OrgDirectory(dataSource).applyImport(extraOrg);

  const logs = { api: join(logDir, 'api.log'), worker: join(logDir, 'worker.log') };
  const worker = startApp('apps/worker/src/main.ts', env, logs.worker);
  started.push(worker);
  const api = startApp(
    'apps/api/src/main.ts',
    {
      ...env,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
      // The soak signs in once and outlasts the 15-minute access token; it does not refresh.
      JWT_EXPIRES_IN_SECONDS: '28800',
    },
    logs.api,
  );
  started.push(api);
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  await waitForReady(`${baseUrl}/health/ready`, 180_000, [api, worker]);
  return {
    baseUrl,
    dataSource,
    temporal,
    api,
    worker,
    logs,
    stop: async () => {
      await Promise.all([stopProcess(api, 'SIGTERM', 15_000), stopProcess(worker, 'SIGTERM', 30_000)]);
      await dataSource.destroy();
      await temporal.stop();
      await dropDatabase();
    },
  };
}

function startApp(entry: string, env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const root = workspaceRoot();
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(root, entry)], { cwd: root, env, stdio: ['ignore', log, log] });
  closeSync(log);
  return child;
}

async function waitForReady(url: string, timeoutMs: number, children: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const gone = children.find((child) => child.exitCode !== null);
    if (gone) throw new Error(`${gone.spawnargs.at(-1)} exited with ${gone.exitCode} before the api was ready`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}
