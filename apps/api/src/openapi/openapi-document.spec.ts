import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OPENAPI_JSON_PATH, OPENAPI_SCHEMA_TYPES_PATH } from './openapi-path';
import { renderOpenApiJson } from './render-openapi-json';

// Its exports map hides bin/, but not package.json.
const OPENAPI_TYPESCRIPT_CLI = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin', 'cli.js');

// The web app's typed client is generated from checked-in files; these fail when they no longer describe the API:
// run `npm run api:client` and commit the result.
describe('the OpenAPI document the web app is built against', () => {
  it('is the one the API describes now', async () => {
    expect({ document: readFileSync(OPENAPI_JSON_PATH, 'utf8') === (await renderOpenApiJson()) }).toEqual({ document: true });
  }, 30_000);

  it('has its client types generated from it', () => {
    const generated = execFileSync(process.execPath, [OPENAPI_TYPESCRIPT_CLI, OPENAPI_JSON_PATH], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect({ types: readFileSync(OPENAPI_SCHEMA_TYPES_PATH, 'utf8') === generated }).toEqual({ types: true });
  }, 30_000);
});
