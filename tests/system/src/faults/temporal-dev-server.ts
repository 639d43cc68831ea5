import type { ChildProcess } from 'node:child_process';
import { resolveTemporalCli, startDevServer, stopProcess, waitForPort } from '@tdkt/temporal';
import { exited, killOnExit } from './child-exit';

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
    this.child = startDevServer({ cliPath: cli.path, dataDir, port, uiPort, dynamicConfig });
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
    if (this.running) await stopProcess(this.child, signal, 20_000);
  }
}
