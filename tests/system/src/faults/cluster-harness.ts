import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { seedDemoOrg } from '@tdkt/persistence';
import { startTestSmtp, startTestTemporalServer, TestSmtp, TestTemporalServer, withAdmin } from '@tdkt/testing';
import type { TemporalServer } from '@tdkt/temporal';
import { ApiInstance } from './api-instance';
import { cleanUpAll } from './clean-up-all';
import { appEnvironment } from './fault-harness';
import { PrivatePostgres } from './private-postgres';
import { WorkerProcess } from './worker-process';

/**
 * The production topology, each part a real thing a test can break on its own: a PostgreSQL server of
 * the test's own holding the app database and Temporal's two, the production Temporal server on it, two
 * api instances answering in turn (as behind a load balancer) and two worker processes on one task queue.
 */
export class ClusterHarness {
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'tdkt-cluster-'));
  private env: Record<string, string> = {};
  private mail?: TestSmtp;
  private database?: PrivatePostgres;
  private temporalServer?: TestTemporalServer;
  private connection?: Connection;
  private clientInstance?: Client;
  private readonly apiInstances: ApiInstance[] = [];
  readonly workers: WorkerProcess[] = [];
  /** How many requests each api instance has been given, in turn. */
  readonly served = [0, 0];
  private turn = 0;

  async start(): Promise<void> {
    this.database = await PrivatePostgres.start();
    const [smtp, temporal] = await Promise.all([
      startTestSmtp().then((smtp) => (this.mail = smtp)),
      startTestTemporalServer(this.database.url).then((server) => (this.temporalServer = server)),
    ]);
    this.env = appEnvironment({
      dataDir: this.dataDir,
      databaseUrl: await createAppDatabase(this.database.url),
      temporalAddress: temporal.server.address,
      smtpUrl: smtp.url,
    });
    this.apiInstances.push(await ApiInstance.start(this.env));
    // The first instance migrated the database, as a deployment's first replica does.
    this.apiInstances.push(await ApiInstance.start({ ...this.env, RUN_MIGRATIONS: 'false' }));
    await seedDemoOrg(this.apiInstances[0].dataSource);
    this.connection = await Connection.connect({ address: temporal.server.address });
    this.clientInstance = new Client({ connection: this.connection, namespace: 'default' });
    for (let i = 0; i < 2; i++) await this.startWorker();
  }

  get dataSource(): DataSource {
    return this.apiInstances[0].dataSource;
  }

  get client(): Client {
    if (!this.clientInstance) throw new Error('harness not started');
    return this.clientInstance;
  }

  get temporal(): TemporalServer {
    if (!this.temporalServer) throw new Error('harness not started');
    return this.temporalServer.server;
  }

  get postgres(): PrivatePostgres {
    if (!this.database) throw new Error('harness not started');
    return this.database;
  }

  get smtp(): TestSmtp {
    if (!this.mail) throw new Error('harness not started');
    return this.mail;
  }

  get taskQueue(): string {
    return this.env.TEMPORAL_TASK_QUEUE;
  }

  /** Each call goes to the next api instance, round robin. */
  http() {
    const index = this.turn++ % this.apiInstances.length;
    this.served[index]++;
    return this.apiInstances[index].http();
  }

  /** One api instance in particular, e.g. to retry a request on the other one. */
  httpOf(index: number) {
    this.served[index]++;
    return this.apiInstances[index].http();
  }

  async startWorker(): Promise<WorkerProcess> {
    const worker = await WorkerProcess.start(this.env, this.client);
    this.workers.push(worker);
    return worker;
  }

  /** A crash of one worker: the others keep polling the same queue. */
  async killWorker(index: number): Promise<void> {
    const [worker] = this.workers.splice(index, 1);
    await worker.kill();
  }

  async stop(): Promise<void> {
    await cleanUpAll('cluster harness', [
      ...this.workers.map((worker) => () => worker.kill()),
      ...this.apiInstances.map((api) => () => api.close()),
      () => this.connection?.close(),
      () => this.temporalServer?.destroy(),
      () => this.mail?.close(),
      () => this.database?.destroy(),
    ]);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

async function createAppDatabase(adminUrl: string): Promise<string> {
  await withAdmin(adminUrl, (admin) => admin.query('CREATE DATABASE tdkt'));
  const url = new URL(adminUrl);
  url.pathname = '/tdkt';
  return url.toString();
}
