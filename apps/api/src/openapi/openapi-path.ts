import { join } from 'node:path';

/** Where the web app keeps the API's OpenAPI document, checked in, and the client types generated from it. */
export const OPENAPI_JSON_PATH = join(__dirname, '..', '..', '..', 'web', 'src', 'api', 'openapi.json');
export const OPENAPI_SCHEMA_TYPES_PATH = join(__dirname, '..', '..', '..', 'web', 'src', 'api', 'schema.d.ts');
