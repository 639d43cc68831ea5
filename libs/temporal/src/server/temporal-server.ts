import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { stopProcess, waitForPort } from '../dev-server';
import { ensureNamespace } from './namespace';
import type { TemporalServerBinaries } from './server-binaries';
import { clusterConfigDir, serverEnvironment, TemporalServerSettings } from './server-settings';

export interface TemporalServerOptions extends TemporalServerSettings {
  binaries: TemporalServerBinaries;
  /** The server's own log lines go here (JSON, one per line), never to the caller's terminal. */
  logFile: string;
  /** Registered at start when missing. */
  namespace: string;
  /** How long closed workflows' histories stay readable in Temporal. */
  retentionDays?: number;
}

/**
 * The production Temporal server as one process on PostgreSQL: its databases are created and brought to
 * the current schema by the shared script, the server starts with the shared config file, and the
 * namespace is registered. It can be stopped and started again on the same databases and ports.
 */
export class TemporalServer {
  private child?: ChildProcess;

  constructor(readonly options: TemporalServerOptions) {}

  get address(): string {
    return `127.0.0.1:${this.options.ports.frontend}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Resolves once the frontend answers for the namespace; rejects if the process dies first. */
  async start(timeoutMs = 90_000): Promise<void> {
    const { binaries, logFile } = this.options;
    const env = { ...process.env, ...serverEnvironment(this.options) };
    execFileSync('sh', [join(clusterConfigDir(), 'temporal', 'setup-schema.sh')], {
      env: { ...env, TEMPORAL_SQL_TOOL: binaries.sqlTool, TEMPORAL_SCHEMA_DIR: binaries.schemaDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const log = openSync(logFile, 'a');
    const args = ['--root', join(clusterConfigDir(), 'temporal'), '--config', 'config', '--env', 'production', '--allow-no-auth', 'start'];
    this.child = spawn(binaries.server, args, { env, stdio: ['ignore', log, log] });
    closeSync(log);
    const child = this.child;
    const died = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => reject(new Error(`Temporal server exited during start (${signal ?? code}); see ${logFile}`))),
    );
    died.catch(() => undefined);
    const deadline = Date.now() + timeoutMs;
    await Promise.race([waitForPort('127.0.0.1', this.options.ports.frontend, timeoutMs), died]);
    await Promise.race([ensureNamespace(this.address, this.options.namespace, this.options.retentionDays ?? 30, deadline), died]);
  }

  /** A graceful stop by default; `SIGKILL` is a crash. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.running) await stopProcess(this.child, signal, 30_000);
  }
}
