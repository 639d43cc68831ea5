import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolveTemporalCli, startDevServer, waitForPort } from '@tdkt/temporal';
import { exited, killOnExit, stopChild } from './child-exit';

export interface DevServerSettings {
  dataDir: string;
  port: number;
  uiPort: number;
  /** `--dynamic-config-value KEY=VALUE` pairs, e.g. a low continue-as-new threshold. */
  dynamicConfig?: Record<string, string | number>;
}

/**
 * The embedded Temporal dev server as a real child process with its state in an SQLite file, so it can
 * be stopped and started again on the same file and ports — what `npm start` does after a Ctrl-C.
 */
export class TemporalDevServer {
  private child?: ChildProcess;

  constructor(readonly settings: DevServerSettings) {}

  get address(): string {
    return `127.0.0.1:${this.settings.port}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const cli = resolveTemporalCli();
    if (!cli) throw new Error('No Temporal CLI available: run `npm run temporal:cli` to see why');
    const { dataDir, port, uiPort, dynamicConfig } = this.settings;
    this.child = dynamicConfig ? spawnWithDynamicConfig(cli.path, this.settings) : startDevServer({ cliPath: cli.path, dataDir, port, uiPort });
    killOnExit(this.child);
    const child = this.child;
    let starting = true;
    const died = exited(child).then(() => {
      if (starting) throw new Error(`Temporal dev server exited during start (code ${child.exitCode})`);
    });
    try {
      await Promise.race([waitForPort('127.0.0.1', port, 60_000), died]);
    } finally {
      starting = false;
    }
  }

  /** A graceful stop, as on Ctrl-C: the server flushes its SQLite file before it exits. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child && this.running) await stopChild(this.child, signal, 20_000);
  }
}

/** `startDevServer` takes no extra flags, so this mirrors its arguments and adds the dynamic config. */
function spawnWithDynamicConfig(cliPath: string, settings: DevServerSettings): ChildProcess {
  const dir = join(settings.dataDir, 'temporal');
  mkdirSync(dir, { recursive: true });
  const args = [
    'server', 'start-dev',
    '--db-filename', join(dir, 'temporal.db'),
    '--ip', '127.0.0.1',
    '--port', String(settings.port),
    '--ui-port', String(settings.uiPort),
    '--headless',
    '--log-level', 'error',
    '--sqlite-pragma', 'journal_mode=WAL',
    '--sqlite-pragma', 'synchronous=NORMAL',
    ...Object.entries(settings.dynamicConfig ?? {}).flatMap(([key, value]) => ['--dynamic-config-value', `${key}=${value}`]),
  ];
  return spawn(cliPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}
