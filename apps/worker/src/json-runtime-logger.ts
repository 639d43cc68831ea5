import { DefaultLogger, LogLevel } from '@temporalio/worker';
import pino from 'pino';
import { REDACT_PATHS, REDACTED } from '@tdkt/config';

const PINO_LEVEL: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/**
 * Routes the SDK's and core's logs through pino, so the worker writes the same JSON lines as the api, with the same
 * fields hidden (an activity's failure may carry its input, and a config object holds the SMTP password).
 */
export function jsonRuntimeLogger(level: string, destination?: pino.DestinationStream): { logger: DefaultLogger; pino: pino.Logger } {
  const options = {
    level,
    base: { service: 'worker' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
  };
  const log = destination ? pino(options, destination) : pino(options);
  const sdkLevel = (Object.keys(PINO_LEVEL) as LogLevel[]).find((key) => PINO_LEVEL[key] === level) ?? 'INFO';
  const logger = new DefaultLogger(sdkLevel, (entry) => log[PINO_LEVEL[entry.level]]({ ...entry.meta }, entry.message));
  return { logger, pino: log };
}
