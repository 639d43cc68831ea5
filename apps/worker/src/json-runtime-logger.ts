import { DefaultLogger, LogLevel } from '@temporalio/worker';
import pino from 'pino';

const PINO_LEVEL: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/** Routes the SDK's and core's logs through pino, so the worker writes the same JSON lines as the api. */
export function jsonRuntimeLogger(level: string): { logger: DefaultLogger; pino: pino.Logger } {
  const log = pino({ level, base: { service: 'worker' }, timestamp: pino.stdTimeFunctions.isoTime });
  const sdkLevel = (Object.keys(PINO_LEVEL) as LogLevel[]).find((key) => PINO_LEVEL[key] === level) ?? 'INFO';
  const logger = new DefaultLogger(sdkLevel, (entry) => log[PINO_LEVEL[entry.level]]({ ...entry.meta }, entry.message));
  return { logger, pino: log };
}
