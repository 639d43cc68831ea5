import { existsSync } from 'node:fs';
import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@tdkt/config';
import { TemporalErrorFilter } from './common/temporal-error.filter';
import { APP_CONFIG } from './config/config.module';

/** Everything that makes the app what it is in production, shared by main.ts and the e2e tests. */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new TemporalErrorFilter());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Thi đua – Khen thưởng API')
    .setDescription('Campaigns, approvals, reports and commendations for Vietnamese public bodies.')
    .setVersion('0.1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));

  if (config.webDistDir && existsSync(config.webDistDir)) app.useStaticAssets(config.webDistDir);
}
