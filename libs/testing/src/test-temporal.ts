import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { resolveTemporalCli } from '@tdkt/temporal';
import { startTestTemporalServer } from './test-temporal-server';

/**
 * A real Temporal server for one test file. By default the dev server from the CLI our resolver finds
 * (never the SDK's download, which has no internet here), in memory: each file gets a clean server.
 * With `TEST_TEMPORAL_TOPOLOGY=cluster` the production server on PostgreSQL instead, so the same suites
 * prove the production topology (`npm run test:cluster`).
 */
export async function startTestTemporal(): Promise<TestWorkflowEnvironment> {
  quietWorkerLogs();
  return process.env.TEST_TEMPORAL_TOPOLOGY === 'cluster' ? startClusterTemporal() : startDevTemporal();
}

function startDevTemporal(): Promise<TestWorkflowEnvironment> {
  const cli = resolveTemporalCli();
  if (!cli) throw new Error('No Temporal CLI available: run `npm run temporal:cli` to see why');
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: cli.path },
      // Test data is thrown away, so durability is traded for speed.
      extraArgs: ['--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=OFF'],
      log: { format: 'json', level: 'error' },
    },
  });
}

async function startClusterTemporal(): Promise<TestWorkflowEnvironment> {
  const cluster = await startTestTemporalServer();
  const environment = await TestWorkflowEnvironment.createFromExistingServer({ address: cluster.server.address, namespace: 'default' });
  // The environment only closes its connections; the server and its databases are this file's to remove.
  const closeConnections = environment.teardown.bind(environment);
  return Object.assign(environment, {
    teardown: async () => {
      await closeConnections();
      await cluster.destroy();
    },
  });
}

let runtimeInstalled = false;

/** Worker state changes at INFO drown test output; warnings and errors still show. */
function quietWorkerLogs(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}
