import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { REDACT_PATHS, REDACTED } from '@tdkt/config';
import { requestLogFields } from './request-context';

/**
 * Nest's logger interface over pino: one JSON object per line, ready for any log shipper. A line written while a request
 * runs names it and the signed-in official (request-context.ts); secrets are replaced wherever they appear (redaction.ts).
 */
export class JsonLogger implements LoggerService {
  readonly pino: Logger;

  constructor(level: string, name: string, destination?: pino.DestinationStream) {
    this.pino = pino(
      {
        level,
        name,
        base: { service: name },
        timestamp: pino.stdTimeFunctions.isoTime,
        mixin: requestLogFields,
        redact: { paths: REDACT_PATHS, censor: REDACTED },
      },
      destination,
    );
  }

  log(message: unknown, context?: string) {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.pino.trace({ context }, String(message));
  }
}
