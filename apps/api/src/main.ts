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
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  app.useLogger(app.get(JsonLogger));
  configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port);
  app.get(JsonLogger).log(`API listening on ${config.publicUrl} (OpenAPI at /docs)`, 'Bootstrap');
}

bootstrap().catch((error) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error?.stack ?? error)}\n`);
  process.exit(1);
});
