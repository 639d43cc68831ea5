import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { seedDemoOrg } from '@tdkt/persistence';
import { createTestDatabase, startTestTemporal, TestDatabase } from '@tdkt/testing';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  temporal: TestWorkflowEnvironment;
  close(): Promise<void>;
}

/**
 * The real api, configured as in production, on a fresh database and a real Temporal server. The database holds
 * the demo province unless `seedDemo: false` asks for an empty one (as a new deployment starts).
 */
export async function startTestApp({ seedDemo = true }: { seedDemo?: boolean } = {}): Promise<TestApp> {
  const [temporal, database]: [TestWorkflowEnvironment, TestDatabase] = await Promise.all([startTestTemporal(), createTestDatabase()]);
  Object.assign(process.env, {
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    DATABASE_URL: database.config.type === 'postgres' ? database.config.url : `sqlite:${database.config.path}`,
    TEMPORAL_ADDRESS: temporal.connection.options.address,
    RUN_MIGRATIONS: 'true',
    LOG_LEVEL: 'warn',
    // Long system and browser runs outlast the production access-token lifetime (15 minutes); they do not refresh.
    JWT_EXPIRES_IN_SECONDS: '28800',
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['warn', 'error'], bodyParser: false });
  configureApp(app);
  await app.init();
  const dataSource = app.get(DataSource);
  if (seedDemo) await seedDemoOrg(dataSource);
  return {
    app,
    dataSource,
    temporal,
    close: async () => {
      await app.close();
      await Promise.all([temporal.teardown(), database.drop()]);
    },
  };
}
