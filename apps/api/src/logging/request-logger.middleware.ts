import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { JsonLogger } from './json-logger';

/** One log line per request, with status and duration; never the body (it may hold passwords). */
@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  constructor(private readonly logger: JsonLogger) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.logger.pino.info(
        { method: request.method, path: request.originalUrl, status: response.statusCode, ms: Math.round(ms) },
        'request',
      );
    });
    next();
  }
}
