import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { JsonLogger } from './json-logger';
import { redactUrl } from '@tdkt/config';
import { requestLogger } from './request-logger.middleware';

const SECRETS = {
  password: 'Mat-khau-123!',
  bearer: 'eyJhbGciOiJIUzI1NiJ9.payload.signature',
  refreshToken: 'refresh-abcdef0123456789',
  jwtSecret: 'j'.repeat(48),
  smtpPassword: 'smtp-hunter2',
  queryToken: 'link-token-987654321',
};

/** A logger writing into memory, and the lines it wrote, parsed. */
function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const text: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      text.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: new JsonLogger('info', 'api', destination), lines, text };
}

function fakeExchange(headers: Record<string, string>) {
  const request = {
    method: 'POST',
    originalUrl: `/auth/login?token=${SECRETS.queryToken}&unit=TQ`,
    headers,
    body: { username: 'chuyenvien.ys', password: SECRETS.password },
  } as unknown as Request & { official?: unknown };
  const response = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headers: {} as Record<string, string>,
    setHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    },
  }) as unknown as Response & { headers: Record<string, string> };
  return { request, response };
}

describe('request logging', () => {
  it('names the request and the official on every line written during it, and on the request line', async () => {
    const { logger, lines } = memoryLogger();
    const { request, response } = fakeExchange({ 'x-request-id': 'proxy-req-0001' });
    await new Promise<void>((done) =>
      requestLogger(logger)(request, response, (async () => {
        logger.log('before sign-in', 'Test');
        await Promise.resolve();
        // What the sign-in guard does, after the context opened.
        request.official = { actor: { officialId: 'official-42' } };
        setTimeout(() => {
          logger.warn('in a service, later', 'Test');
          done();
        }, 1);
      }) as NextFunction),
    );
    setImmediate(() => response.emit('finish'));
    await new Promise((r) => setTimeout(r, 5));

    expect(response.headers['x-request-id']).toBe('proxy-req-0001');
    expect(lines.map((line) => [line.msg, line.requestId, line.officialId])).toEqual([
      ['before sign-in', 'proxy-req-0001', undefined],
      ['in a service, later', 'proxy-req-0001', 'official-42'],
      ['request', 'proxy-req-0001', 'official-42'],
    ]);
  });

  it('makes up a request id when the caller sends none, or one that is not a plain token', () => {
    const { logger } = memoryLogger();
    const { request, response } = fakeExchange({ 'x-request-id': 'bad id\nwith a newline' });
    requestLogger(logger)(request, response, () => undefined);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never writes passwords, tokens, the Authorization header, the JWT secret or the SMTP password', () => {
    const { logger, lines, text } = memoryLogger();
    const { request, response } = fakeExchange({ authorization: `Bearer ${SECRETS.bearer}`, cookie: `refresh=${SECRETS.refreshToken}` });
    requestLogger(logger)(request, response, () => {
      // What careless code might log: the request's headers and body, a config object, a token response.
      logger.pino.info({ headers: request.headers, body: request.body }, 'incoming');
      logger.pino.warn(
        {
          config: { jwt: { secret: SECRETS.jwtSecret }, mail: { smtpUrl: `smtps://tdkt:${SECRETS.smtpPassword}@relay.gov.vn` } },
          smtpPassword: SECRETS.smtpPassword,
        },
        'config',
      );
      logger.pino.info({ accessToken: SECRETS.bearer, refreshToken: SECRETS.refreshToken, password: SECRETS.password }, 'tokens');
    });
    response.emit('finish');

    const written = text.join('');
    for (const secret of Object.values(SECRETS)) expect(written).not.toContain(secret);
    expect(lines.find((line) => line.msg === 'incoming')).toMatchObject({
      headers: { authorization: '[redacted]', cookie: '[redacted]' },
      body: { username: 'chuyenvien.ys', password: '[redacted]' },
    });
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({ path: '/auth/login?token=[redacted]&unit=TQ' });
  });

  it('hides the single sign-on callback’s authorization code, and leaves a unit code in a path alone', () => {
    expect(redactUrl('/auth/oidc/callback?code=abc123&state=xyz')).toBe('/auth/oidc/callback?code=[redacted]&state=xyz');
    expect(redactUrl('/units/TQ-YS/officials?unitCode=TQ-YS')).toBe('/units/TQ-YS/officials?unitCode=TQ-YS');
  });
});
