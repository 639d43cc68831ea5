import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createActivities, workerSinks } from '@tdkt/activities';
import { ConfigError, loadWorkerConfig } from '@tdkt/config';
import { openDatabase } from '@tdkt/persistence';
import { ensureMailRetry, temporalConnectionOptions, workerTuningOptions } from '@tdkt/temporal';
import { jsonRuntimeLogger } from './json-runtime-logger';
import { workflowSource } from './workflow-source';

/**
 * Boots the Temporal worker. Shutdown is ours, not the SDK's: on SIGINT/SIGTERM the worker stops polling,
 * finishes the tasks in hand, and only then are the Temporal connection and the database closed.
 */
async function main(): Promise<void> {
  // The worker's settings only: it never signs or checks a sign-in, so it is not given the JWT secret.
  const config = loadWorkerConfig();
  const { logger, pino } = jsonRuntimeLogger(config.logLevel);
  Runtime.install({ logger, shutdownSignals: [] });

  const dataSource = await openDatabase(config.database, { migrate: false });
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  // Activities that start workflows (the fan-out) need a client; the worker's native connection is not one.
  const clientConnection = await Connection.connect(temporalConnectionOptions(config.temporal));
  const temporalClient = new Client({ connection: clientConnection, namespace: config.temporal.namespace });
  const workflows = workflowSource(process.env.WORKFLOW_BUNDLE_PATH);
  const worker = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    // The auditors' verification replays histories against this same workflow code.
    activities: createActivities({ dataSource, config, temporalClient, workflows }),
    sinks: workerSinks(),
    ...workflows,
    ...workerTuningOptions(config.workerTuning),
  });

  await ensureMailRetry(temporalClient, config.temporal.taskQueue, config.mail.retryEverySeconds);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      pino.info({ signal }, 'worker shutting down');
      worker.shutdown();
    });
  }
  pino.info({ taskQueue: config.temporal.taskQueue, address: config.temporal.address, tuning: config.workerTuning }, 'worker running');
  try {
    await worker.run();
  } finally {
    await connection.close();
    await clientConnection.close();
    await dataSource.destroy();
    pino.info('worker stopped');
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error?.stack ?? error)}\n`);
  process.exit(1);
});
