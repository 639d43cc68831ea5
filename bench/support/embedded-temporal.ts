import { resolveTemporalCli, startDevServer, stopProcess, waitForPort } from '@tdkt/temporal';
import { freePort } from '@tdkt/testing';
import type { BenchTemporal } from './bench-temporal';

/**
 * The Temporal server exactly as `npm start` runs it (start-dev, SQLite file on disk, WAL,
 * synchronous=NORMAL), only on free ports, so the figures are those of the embedded default.
 */
export async function startEmbeddedTemporal(dataDir: string): Promise<BenchTemporal> {
  const cli = resolveTemporalCli();
  if (!cli) throw new Error('No Temporal CLI: run `npm run temporal:cli` to see why');
  const [port, uiPort] = [await freePort(), await freePort()];
  const server = startDevServer({ cliPath: cli.path, dataDir, port, uiPort });
  await waitForPort('127.0.0.1', port, 60_000);
  return {
    address: `127.0.0.1:${port}`,
    pid: server.pid,
    description: `Temporal dev server (${cli.path}, SQLite file)`,
    stop: () => stopProcess(server, 'SIGTERM', 10_000),
  };
}
