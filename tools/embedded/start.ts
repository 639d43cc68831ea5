// The embedded default: Temporal dev server (data on disk), SQLite app DB, worker, api and web on one machine.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ChildProcess } from 'node:child_process';
import { loadConfig } from '@tdkt/config';
import { demoLogins, openDatabase, seedDemoOrg } from '@tdkt/persistence';
import { resolveTemporalCli, startDevServer, stopProcess, waitForPort, workspaceRoot } from '@tdkt/temporal';
import { persistentSecret, startChild, waitForReady } from './supervision';

const TEMPORAL_PORT = 7233;
const TEMPORAL_UI_PORT = 8233;
const root = workspaceRoot(__dirname);
const children: Record<'temporal' | 'worker' | 'api', ChildProcess | undefined> = {
  temporal: undefined,
  worker: undefined,
  api: undefined,
};
let stopping = false;

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('Stopping: api and worker first, then Temporal…');
  await Promise.all([stopProcess(children.api, 'SIGTERM'), stopProcess(children.worker, 'SIGTERM')]);
  await stopProcess(children.temporal, 'SIGINT');
  log('Stopped.');
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const dataDir = resolve(process.env.DATA_DIR ?? join(root, 'data'));
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    JWT_SECRET: process.env.JWT_SECRET ?? persistentSecret(join(dataDir, 'jwt-secret')),
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? `127.0.0.1:${TEMPORAL_PORT}`,
    WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? join(root, 'apps', 'web', 'dist'),
    RUN_MIGRATIONS: 'false',
    // A developer's or a single office's machine: the API answers this machine only unless HOST says otherwise.
    HOST: process.env.HOST ?? '127.0.0.1',
  };
  const config = loadConfig(env);

  const cli = resolveTemporalCli((line) => log(line));
  if (!cli) throw new Error('No Temporal CLI could be found or built; see the README section "Temporal CLI".');
  log(`Temporal dev server from ${cli.path} (${cli.source}), data in ${join(dataDir, 'temporal')}`);
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  children.temporal = startDevServer({ cliPath: cli.path, dataDir, port: TEMPORAL_PORT, uiPort: TEMPORAL_UI_PORT });
  children.temporal.on('exit', () => void stopAll(1));
  await waitForPort('127.0.0.1', TEMPORAL_PORT, 60_000);

  const dataSource = await openDatabase(config.database, { migrate: true });
  const seeded = await seedDemoOrg(dataSource);
  await dataSource.destroy();
  log(seeded === 'seeded' ? 'App database created and the demo province seeded.' : 'App database found; demo data kept as it was.');

  const node = (entry: string) => ['-r', '@swc-node/register', join(root, entry)];
  // The worker never checks a sign-in: it is started without the JWT secret (see loadWorkerConfig).
  const { JWT_SECRET: _apiOnly, ...workerEnv } = env;
  children.worker = startChild('worker', process.execPath, node('apps/worker/src/main.ts'), workerEnv);
  children.api = startChild('api', process.execPath, node('apps/api/src/main.ts'), env);
  for (const name of ['worker', 'api'] as const) children[name]?.on('exit', () => void stopAll(1));

  await waitForReady(`http://127.0.0.1:${config.port}/health/ready`, 120_000);
  printWelcome(config.port, dataDir);
}

function printWelcome(port: number, dataDir: string): void {
  const logins = demoLogins();
  const rows = logins.map((l) => `  ${l.username.padEnd(24)} ${l.password.padEnd(14)} ${l.unitCode.padEnd(16)} ${l.roles.join(', ')}`);
  log(
    [
      '',
      'Hệ thống Thi đua – Khen thưởng is running:',
      `  Web and API     http://localhost:${port}/`,
      `  API docs        http://localhost:${port}/docs`,
      `  Readiness       http://localhost:${port}/health/ready`,
      `  Temporal UI     http://localhost:${TEMPORAL_UI_PORT}/`,
      '',
      'Demo logins (username, password, unit, roles):',
      ...rows,
      '',
      `Press Ctrl-C to stop; data stays in ${dataDir} for the next start.`,
      '',
    ].join('\n'),
  );
}

function log(line: string): void {
  process.stdout.write(`[start] ${line}\n`);
}

main().catch((error) => {
  process.stderr.write(`[start] ${error?.message ?? error}\n`);
  void stopAll(1);
});
