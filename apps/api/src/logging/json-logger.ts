import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/** Nest's logger interface over pino: one JSON object per line, ready for any log shipper. */
export class JsonLogger implements LoggerService {
  readonly pino: Logger;

  constructor(level: string, name: string) {
    this.pino = pino({ level, name, base: { service: name }, timestamp: pino.stdTimeFunctions.isoTime });
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
