import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
// Apps are not libraries, but the fault tests must run the real api in-process, as production runs it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule, configureApp } from '@tdkt/api';

/** The real api, built as main.ts builds it, against whatever database and Temporal `env` names. */
export class ApiInstance {
  private constructor(readonly app: NestExpressApplication) {}

  /** The api reads its configuration from process.env when the module is created, so env goes there first. */
  static async start(env: Record<string, string>): Promise<ApiInstance> {
    Object.assign(process.env, env);
    const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['warn', 'error'], abortOnError: false });
    configureApp(app);
    await app.init();
    return new ApiInstance(app);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  http() {
    return request(this.app.getHttpServer());
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
