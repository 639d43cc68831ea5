import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The OpenAPI document as the web app keeps it. `preview: true` builds the module graph without
 * instantiating providers, so no database, Temporal or configuration is needed.
 */
export async function renderOpenApiJson(): Promise<string> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: false });
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}
