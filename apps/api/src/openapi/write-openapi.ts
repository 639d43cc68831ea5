// Writes the API's OpenAPI document to the web app, which generates its typed client from it
// (`npm run api:client` runs this, then openapi-typescript). openapi-document.spec.ts fails when it is stale.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { OPENAPI_JSON_PATH } from './openapi-path';
import { renderOpenApiJson } from './render-openapi-json';

renderOpenApiJson()
  .then((json) => {
    writeFileSync(OPENAPI_JSON_PATH, json);
    process.stdout.write(`Wrote ${OPENAPI_JSON_PATH}\n`);
  })
  .catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  });
