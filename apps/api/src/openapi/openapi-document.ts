import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { withErrorResponses } from './error-responses';

/** The API's OpenAPI document: served at /docs, and written to the web app for its typed client (write-openapi.ts). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Thi đua – Khen thưởng API')
    .setDescription('Campaigns, approvals, reports and commendations for Vietnamese public bodies.')
    .setVersion('0.1')
    .addBearerAuth()
    .build();
  return withErrorResponses(SwaggerModule.createDocument(app, config));
}
