import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { resolveTemporalCli } from '@tdkt/temporal';

/**
 * A real Temporal dev server for one test file, started from the CLI our resolver finds
 * (never the SDK's download, which has no internet here). In-memory: each file gets a clean server.
 */
export async function startTestTemporal(): Promise<TestWorkflowEnvironment> {
  quietWorkerLogs();
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

let runtimeInstalled = false;

/** Worker state changes at INFO drown test output; warnings and errors still show. */
function quietWorkerLogs(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}
