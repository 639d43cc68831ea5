import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { createActivities, workerSinks } from '@tdkt/activities';
// Apps are not libraries, but the benchmark must measure the real api in-process, as production runs it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule, configureApp } from '@tdkt/api';
import { AppConfig, loadConfig } from '@tdkt/config';
import type { OrgImport } from '@tdkt/domain';
import { openDatabase, OrgDirectory, seedDemoOrg } from '@tdkt/persistence';
import { createTestDatabase, freePort } from '@tdkt/testing';
import { workerTuningOptions } from '@tdkt/temporal';
import { createBaselineActivities, createBaselineTable } from '../baseline/baseline.activities';
import { BASELINE_TASK_QUEUE } from '../baseline/baseline.contract';
import { BenchTemporal, postgresUrl, startBenchTemporal } from './bench-temporal';
import { benchTopology, Topology } from './topology';
import { benchWorkerOptions } from './worker-options';
import { workflowBundles } from './workflow-bundles';

export type DatabaseKind = 'sqlite' | 'postgres';

/**
 * The system in one process, every part real: Temporal (the dev server from `npm start`, or the
 * production server on PostgreSQL for the cluster topology) on free ports, the api listening on a free
 * port, our worker with the production activities (its own client for the fan-out, as apps/worker has),
 * and beside it a worker for the bare baseline workflows with default options like ours.
 */
export class BenchSystem {
  private constructor(
    readonly baseUrl: string,
    readonly dataSource: DataSource,
    /** The api's own Temporal client: the baseline's Updates go through it, as ours do. */
    readonly apiClient: Client,
    readonly config: AppConfig,
    readonly databaseKind: DatabaseKind,
    readonly topology: Topology,
    readonly temporal: BenchTemporal,
    /** The app database's name on PostgreSQL (none on SQLite). */
    readonly appDatabaseName: string | undefined,
    private readonly stopAll: () => Promise<void>,
  ) {}

  static async start(extraOrg: OrgImport, topology: Topology = benchTopology()): Promise<BenchSystem> {
    const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-bench-'));
    // The production topology keeps the app's data on PostgreSQL as well; the dev one as `npm start` (or the tests) set it.
    if (topology === 'cluster') process.env.TEST_POSTGRES_URL = postgresUrl();
    const databaseKind: DatabaseKind = process.env.TEST_POSTGRES_URL ? 'postgres' : 'sqlite';
    const [temporal, database, bundles, apiPort] = await Promise.all([
      startBenchTemporal(topology, dataDir),
      createTestDatabase(databaseKind),
      workflowBundles(),
      freePort(),
    ]);
    Object.assign(process.env, {
      PORT: String(apiPort),
      DATA_DIR: dataDir,
      DATABASE_URL: database.config.type === 'postgres' ? database.config.url : `sqlite:${database.config.path}`,
      TEMPORAL_ADDRESS: temporal.address,
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
      // The benches sign in once and outlast the 15-minute access token; they do not refresh.
      JWT_EXPIRES_IN_SECONDS: '28800',
      RUN_MIGRATIONS: 'true',
      LOG_LEVEL: 'error',
    });
    const config = loadConfig(process.env);

    const api = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error'] });
    configureApp(api);
    await api.listen(apiPort, '127.0.0.1');
    const dataSource = api.get(DataSource);
    await seedDemoOrg(dataSource);
    await new OrgDirectory(dataSource).applyImport(extraOrg);
    await createBaselineTable(dataSource);

    // The worker keeps its own connections, as apps/worker does: its activities never wait on the api's pool, nor the api on theirs.
    const workerDataSource = await openDatabase(config.database, { migrate: false });
    const connection = await NativeConnection.connect({ address: temporal.address });
    const fanOutConnection = await Connection.connect({ address: temporal.address });
    const temporalClient = new Client({ connection: fanOutConnection, namespace: config.temporal.namespace });
    const workers = await Promise.all([
      Worker.create({
        connection,
        taskQueue: config.temporal.taskQueue,
        workflowBundle: bundles.product,
        activities: createActivities({
          dataSource: workerDataSource,
          config,
          temporalClient,
          workflows: { workflowsPath: require.resolve('@tdkt/workflows') },
        }),
        sinks: workerSinks(),
        ...workerTuningOptions(config.workerTuning),
        ...benchWorkerOptions(),
      }),
      Worker.create({
        connection,
        taskQueue: BASELINE_TASK_QUEUE,
        workflowBundle: bundles.baseline,
        activities: createBaselineActivities(dataSource),
        ...workerTuningOptions(config.workerTuning),
        ...benchWorkerOptions(),
      }),
    ]);
    const running = Promise.all(workers.map((w) => w.run()));

    const stop = async () => {
      workers.forEach((w) => w.shutdown());
      await running;
      await api.close();
      await workerDataSource.destroy();
      await Promise.all([connection.close(), fanOutConnection.close()]);
      await temporal.stop();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    };
    const appDatabaseName = database.config.type === 'postgres' ? new URL(database.config.url).pathname.slice(1) : undefined;
    return new BenchSystem(
      `http://127.0.0.1:${apiPort}`,
      dataSource,
      api.get(Client),
      config,
      databaseKind,
      topology,
      temporal,
      appDatabaseName,
      stop,
    );
  }

  stop(): Promise<void> {
    return this.stopAll();
  }
}
