import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import { AppConfig } from '@tdkt/config';
import { TemporalErrorFilter } from './common/temporal-error.filter';
import { APP_CONFIG } from './config/config.module';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { serveWebApp } from './web-app/serve-web-app';

/** Everything that makes the app what it is in production, shared by main.ts and the e2e tests. */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  // The web app's bundle and long lists (an inbox, a timeline) shrink four- to tenfold: what a commune on a slow line needs.
  app.use(compression());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new TemporalErrorFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app));
  serveWebApp(app, config.webDistDir);
}
