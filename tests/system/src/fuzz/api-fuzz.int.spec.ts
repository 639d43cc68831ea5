import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD, SystemUnderTest } from '../system-under-test';
import { fuzz } from './schemathesis-run';

/**
 * The API fuzzed from its own OpenAPI document (Schemathesis, with a fixed seed) on the real stack, as officials of
 * several roles: no answer is a server error, every answer has the shape the document gives it, and an inspector
 * has no change accepted anywhere.
 */
const ROLES = [
  { username: 'chuyenvien.ys-thangquan', readOnly: false }, // a commune's specialist: drafts, submits
  { username: 'lanhdao.tinh', readOnly: false }, // the province's chairman: approves, signs, decides
  { username: 'quantri', readOnly: false }, // the administrator: org import, templates, catalogue overrides
  { username: 'thanhtra.tinh', readOnly: true }, // the inspector: reads everything in scope, changes nothing
];

describe('the API under a fuzzer driven by its OpenAPI document', () => {
  let system: SystemUnderTest;
  let baseUrl: string;

  beforeAll(async () => {
    system = await SystemUnderTest.start();
    await system.app.app.listen(0, '127.0.0.1');
    baseUrl = (await system.app.app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(() => system?.stop());

  it.each(ROLES.map((role) => [role.username, role] as const))(
    'as %s: no server error, every answer as documented',
    async (username, role) => {
      const login = await system.http().post('/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
      const result = await fuzz({ schemaUrl: `${baseUrl}/docs-json`, baseUrl, token: login.body.accessToken, readOnly: role.readOnly });
      // The whole report on failure: each failing operation with the request that reproduces it.
      expect(result.exitCode === 0 ? 'passed' : result.output).toBe('passed');
    },
  );

  it('fails a read-only official whose change is accepted (the read-only check can fail)', async () => {
    const accepting = await serveAcceptingApi();
    try {
      const result = await fuzz({ schemaUrl: `${accepting.url}/openapi.json`, baseUrl: accepting.url, readOnly: true, maxExamples: 2 });
      expect(result.exitCode).not.toBe(0);
      expect(result.output).toContain('accepted a change from a read-only official');
    } finally {
      accepting.server.close();
    }
  });
});

/** A one-operation API that accepts every change: what the read-only check exists to catch. */
async function serveAcceptingApi(): Promise<{ server: Server; url: string }> {
  const document = {
    openapi: '3.0.3',
    info: { title: 'accepts everything', version: '1' },
    paths: {
      '/things': {
        post: {
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '201': { description: 'accepted', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  };
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const body = request.url === '/openapi.json' ? document : {};
      response.writeHead(request.url === '/openapi.json' ? 200 : 201, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
