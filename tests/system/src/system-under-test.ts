import { randomUUID } from 'node:crypto';
import { Worker } from '@temporalio/worker';
import request from 'supertest';
import { createActivities, workerSinks } from '@tdkt/activities';
// Apps are not libraries, but the system tests must run the real api in-process, as production runs it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startTestApp, TestApp } from '@tdkt/api';
import { loadConfig } from '@tdkt/config';
import { OrgDirectory } from '@tdkt/persistence';
import { ensureMailRetry, WORKFLOW_BUNDLER_OPTIONS, workerTuningOptions } from '@tdkt/temporal';
import { startTestSmtp, TestSmtp } from '@tdkt/testing';
import type { OrgImport } from '@tdkt/domain';

export const DEMO_PASSWORD = 'ThiDua@2026!';

const MAIL_RETRY_EVERY_SECONDS = 2;

/**
 * The whole system in one process, every part real: the api on a fresh database (PostgreSQL under CI),
 * a Temporal dev server, a worker with the production activities, and an SMTP server that records mail.
 */
export class SystemUnderTest {
  private constructor(
    readonly app: TestApp,
    readonly smtp: TestSmtp,
    private readonly worker: Worker,
    private readonly running: Promise<void>,
  ) {}

  /**
   * `maxCachedWorkflows: 0` makes the worker rebuild every workflow from its history on every task, so the
   * whole run is one long replay: any nondeterminism fails it.
   */
  static async start(
    extraOrg?: OrgImport,
    { emptyDatabase = false, ...workerOptions }: { maxCachedWorkflows?: number; emptyDatabase?: boolean } = {},
  ): Promise<SystemUnderTest> {
    const smtp = await startTestSmtp();
    process.env.SMTP_URL = smtp.url;
    const app = await startTestApp({ seedDemo: !emptyDatabase });
    if (extraOrg) {
      const directory = new OrgDirectory(app.dataSource);
      await directory.applyImport(extraOrg);
    }
    const config = loadConfig(process.env);
    const worker = await Worker.create({
      connection: app.temporal.nativeConnection,
      taskQueue: config.temporal.taskQueue,
      workflowsPath: require.resolve('@tdkt/workflows'),
      bundlerOptions: WORKFLOW_BUNDLER_OPTIONS,
      activities: createActivities({
        dataSource: app.dataSource,
        config,
        temporalClient: app.temporal.client,
        workflows: { workflowsPath: require.resolve('@tdkt/workflows') },
      }),
      sinks: workerSinks(),
      // The product's tuning, as apps/worker runs it; a suite may shrink the cache to force replays.
      ...workerTuningOptions(config.workerTuning),
      ...workerOptions,
    });
    const running = worker.run();
    // Every two seconds rather than every minute: a suite sees a refused e-mail go out moments after the relay accepts.
    await ensureMailRetry(app.temporal.client, config.temporal.taskQueue, MAIL_RETRY_EVERY_SECONDS);
    return new SystemUnderTest(app, smtp, worker, running);
  }

  async stop(): Promise<void> {
    this.worker.shutdown();
    await this.running;
    await this.app.close();
    await this.smtp.close();
  }

  http() {
    return request(this.app.app.getHttpServer());
  }

  async login(username: string): Promise<Official> {
    const response = await this.http().post('/auth/login').send({ username, password: DEMO_PASSWORD });
    if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    return new Official(this, username, response.body.accessToken);
  }
}

/** An official at the keyboard: every call authenticated, every action with a fresh request id. */
export class Official {
  constructor(
    private readonly system: SystemUnderTest,
    readonly username: string,
    private readonly token: string,
  ) {}

  get(path: string) {
    return this.system.http().get(path).set('Authorization', `Bearer ${this.token}`);
  }

  post(path: string, body: object = {}) {
    return this.system.http().post(path).set('Authorization', `Bearer ${this.token}`).send(body);
  }

  /** A multipart form: the caller adds its fields and files. */
  upload(path: string) {
    return this.system.http().post(path).set('Authorization', `Bearer ${this.token}`);
  }

  put(path: string, body: object = {}) {
    return this.system.http().put(path).set('Authorization', `Bearer ${this.token}`).send(body);
  }

  /** An action (Update) with a new request id; returns the response so callers can assert its status. */
  act(path: string, body: object = {}) {
    return this.post(path, { requestId: randomUUID(), ...body });
  }
}

/** Polls until `check` returns a value, for read models that catch up asynchronously (two minutes: `npm test` runs two suites at once). */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
