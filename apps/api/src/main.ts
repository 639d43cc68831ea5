import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, ConfigError, loadConfig } from '@tdkt/config';
import { AppModule } from './app.module';
import { APP_CONFIG } from './config/config.module';
import { configureApp } from './configure-app';
import { JsonLogger } from './logging/json-logger';

async function bootstrap(): Promise<void> {
  loadConfig(); // fail fast, before Nest prints anything, with every bad variable named
  // bodyParser: false, because configureApp parses bodies with a limit per route (body-limits.ts), not Nest's one for all.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(JsonLogger));
  configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, config.host);
  app.get(JsonLogger).log(`API listening on ${config.host}:${config.port}, public at ${config.publicUrl} (OpenAPI at /docs)`, 'Bootstrap');
}

bootstrap().catch((error) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error?.stack ?? error)}\n`);
  process.exit(1);
});
