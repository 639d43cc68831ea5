import { ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import { AppConfig } from '@tdkt/config';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter';
import { validationProblem } from './common/problem/validation-problem';
import { APP_CONFIG } from './config/config.module';
import { bodyParsers } from './http/body-parsers';
import { corsOptions } from './http/cors-options';
import { readInlineScriptHashes } from './http/inline-script-hashes';
import { securityHeaders } from './http/security-headers';
import { JsonLogger } from './logging/json-logger';
import { requestLogger } from './logging/request-logger.middleware';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { serveWebApp } from './web-app/serve-web-app';

/**
 * Everything that makes the app what it is in production, shared by main.ts and the e2e tests. Create the app with
 * bodyParser: false: bodies are parsed here, with each route's limit (http/body-limits.ts).
 */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  // First, so every line a request writes, and the line for the request itself, names it and its official.
  app.use(requestLogger(app.get(JsonLogger)));
  app.use(securityHeaders({ inlineScriptHashes: readInlineScriptHashes(config.webDistDir), https: config.publicUrl.startsWith('https:') }));
  const cors = corsOptions(config.corsOrigins);
  if (cors) app.enableCors(cors);
  // The web app's bundle and long lists (an inbox, a timeline) shrink four- to tenfold: what a commune on a slow line needs.
  app.use(compression());
  app.use(bodyParsers());
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationProblem }),
  );
  // Every error as RFC 9457 problem details, in the request's language (common/problem).
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app));
  serveWebApp(app, config.webDistDir);
}
