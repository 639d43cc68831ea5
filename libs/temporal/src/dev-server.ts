import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';

export interface DevServerOptions {
  cliPath: string;
  dataDir: string;
  port?: number;
  uiPort?: number;
  namespace?: string;
  /** `--dynamic-config-value KEY=VALUE` pairs, e.g. a low continue-as-new threshold for a test. */
  dynamicConfig?: Record<string, string | number>;
}

/**
 * Starts `temporal server start-dev` with its state in an SQLite file under dataDir, so workflows,
 * timers and history survive a restart of the embedded system.
 */
export function startDevServer(options: DevServerOptions): ChildProcess {
  const dir = join(options.dataDir, 'temporal');
  mkdirSync(dir, { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--db-filename',
    join(dir, 'temporal.db'),
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port ?? 7233),
    '--ui-port',
    String(options.uiPort ?? 8233),
    '--namespace',
    options.namespace ?? 'default',
    '--log-level',
    'error',
    // WAL keeps writers from blocking readers; NORMAL is still safe against a process crash.
    '--sqlite-pragma',
    'journal_mode=WAL',
    '--sqlite-pragma',
    'synchronous=NORMAL',
    ...Object.entries(options.dynamicConfig ?? {}).flatMap(([key, value]) => ['--dynamic-config-value', `${key}=${value}`]),
  ];
  return spawn(options.cliPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Resolves once something accepts TCP connections on host:port, or rejects after timeoutMs. */
export async function waitForPort(host: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host, port }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Nothing is listening on ${host}:${port} after ${timeoutMs} ms`);
}

/** Asks a child process to stop and waits for it; SIGKILLs it if it has not exited within graceMs. */
export function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals, graceMs = 15_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
