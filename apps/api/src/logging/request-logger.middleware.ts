import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { JsonLogger } from './json-logger';
import { redactUrl } from '@tdkt/config';
import { requestIdFrom, runInRequestContext } from './request-context';

/**
 * The first thing every request meets (configureApp puts it before the body parsers, so a refused body is logged too):
 * opens the request's log context, names the request to the caller (X-Request-Id, to quote when reporting a problem),
 * and writes one line per request with status and duration. Never the body or the headers: they hold passwords and
 * tokens.
 */
export function requestLogger(logger: JsonLogger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const requestId = requestIdFrom(request.headers['x-request-id']);
    response.setHeader('X-Request-Id', requestId);
    runInRequestContext({ requestId, request: request as { official?: { actor?: { officialId?: string } } } }, () => {
      const started = process.hrtime.bigint();
      // Bound to this request's context: 'finish' is emitted from the socket's callbacks, outside it.
      response.on(
        'finish',
        AsyncLocalStorage.bind(() => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          logger.pino.info(
            { method: request.method, path: redactUrl(request.originalUrl), status: response.statusCode, ms: Math.round(ms) },
            'request',
          );
        }),
      );
      next();
    });
  };
}
