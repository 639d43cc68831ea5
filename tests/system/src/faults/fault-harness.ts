import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { seedDemoOrg } from '@tdkt/persistence';
import { createTestDatabase, freePort, startTestSmtp, TestDatabase, TestSmtp } from '@tdkt/testing';
import { ApiInstance } from './api-instance';
import { cleanUpAll } from './clean-up-all';
import { TemporalDevServer } from './temporal-dev-server';
import { WorkerProcess } from './worker-process';

export interface FaultHarnessOptions {
  /** Dynamic config for the dev server, e.g. `{ 'limit.historyCount.suggestContinueAsNew': 60 }`. */
  dynamicConfig?: Record<string, string | number>;
}

/**
 * The system as `npm start` runs it, each part a separate thing a test can break on its own: a Temporal
 * dev server process with its data on disk, a worker process, the api in-process, a fresh database
 * (PostgreSQL under CI) and an SMTP server that records every message. Every port is free-picked.
 *
 * Built in two steps (constructor, then `start`) so that `stop` can clean up whatever a failed start
 * left running.
 */
export class FaultHarness {
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'tdkt-faults-'));
  private env: Record<string, string> = {};
  private mail?: TestSmtp;
  private database?: TestDatabase;
  private connection?: Connection;
  private temporalServer?: TemporalDevServer;
  private currentApi?: ApiInstance;
  private currentWorker?: WorkerProcess;
  private clientInstance?: Client;

  constructor(private readonly options: FaultHarnessOptions = {}) {}

  async start(): Promise<void> {
    const [port, uiPort] = [await freePort(), await freePort()];
    this.temporalServer = new TemporalDevServer({ dataDir: this.dataDir, port, uiPort, dynamicConfig: this.options.dynamicConfig });
    // Each part is recorded as soon as it exists, so a failure in another is still cleaned up after.
    const [smtp, database] = await Promise.all([
      startTestSmtp().then((smtp) => (this.mail = smtp)),
      createTestDatabase().then((database) => (this.database = database)),
      this.temporalServer.start(),
    ]);
    this.env = appEnvironment({
      dataDir: this.dataDir,
      databaseUrl: database.config.type === 'postgres' ? database.config.url : `sqlite:${database.config.path}`,
      temporalAddress: this.temporalServer.address,
      smtpUrl: smtp.url,
    });
    this.currentApi = await ApiInstance.start(this.env);
    await seedDemoOrg(this.currentApi.dataSource);
    this.connection = await Connection.connect({ address: this.temporalServer.address });
    this.clientInstance = new Client({ connection: this.connection, namespace: 'default' });
    await this.startWorker();
  }

  /** The app database the api and worker write, for what only it holds (the decision log, the archive). */
  get dataSource(): DataSource {
    if (!this.currentApi) throw new Error('harness not started');
    return this.currentApi.dataSource;
  }

  /** A Temporal client of the test's own, for what only Temporal knows: runs, histories, queries. */
  get client(): Client {
    if (!this.clientInstance) throw new Error('harness not started');
    return this.clientInstance;
  }

  get temporal(): TemporalDevServer {
    if (!this.temporalServer) throw new Error('harness not started');
    return this.temporalServer;
  }

  get worker(): WorkerProcess {
    if (!this.currentWorker) throw new Error('no worker running');
    return this.currentWorker;
  }

  get smtp(): TestSmtp {
    if (!this.mail) throw new Error('harness not started');
    return this.mail;
  }

  get taskQueue(): string {
    return this.env.TEMPORAL_TASK_QUEUE;
  }

  /** HTTP against the api instance running now, so callers survive an api restart. */
  http() {
    if (!this.currentApi) throw new Error('no api running');
    return this.currentApi.http();
  }

  async startWorker(): Promise<WorkerProcess> {
    this.currentWorker = await WorkerProcess.start(this.env, this.client);
    return this.currentWorker;
  }

  async killWorker(): Promise<void> {
    await this.currentWorker?.kill();
  }

  /** What a redeploy or a crash-and-restart of the api does: a new app on the same database and Temporal. */
  async restartApi(): Promise<void> {
    await this.currentApi?.close();
    this.currentApi = undefined;
    this.currentApi = await ApiInstance.start(this.env);
  }

  async stop(): Promise<void> {
    await cleanUpAll('fault harness', [
      () => this.currentWorker?.kill(),
      () => this.currentApi?.close(),
      () => this.connection?.close(),
      () => this.temporalServer?.stop(),
      () => this.mail?.close(),
      () => this.database?.drop(),
    ]);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** What the api and the worker processes of a fault test read: every part named, a task queue of their own. */
export function appEnvironment(parts: {
  dataDir: string;
  databaseUrl: string;
  temporalAddress: string;
  smtpUrl: string;
}): Record<string, string> {
  return {
    DATA_DIR: parts.dataDir,
    DATABASE_URL: parts.databaseUrl,
    TEMPORAL_ADDRESS: parts.temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    // A queue of its own, so no other test's (or a running system's) worker ever takes these tasks.
    TEMPORAL_TASK_QUEUE: `faults-${randomUUID()}`,
    JWT_SECRET: 'fault-tests-secret-long-enough-for-hs256',
    // The officials sign in once and keep their tokens across restarts; the runs outlast the 15-minute default.
    JWT_EXPIRES_IN_SECONDS: '28800',
    SMTP_URL: parts.smtpUrl,
    LOG_LEVEL: 'warn',
    RUN_MIGRATIONS: 'true',
  };
}
