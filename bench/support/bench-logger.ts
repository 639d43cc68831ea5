import { DefaultLogger, LogLevel, Runtime } from '@temporalio/worker';

/**
 * The SDK's log (worker and activity lines) at ERROR by default, so the figures stay readable;
 * BENCH_WORKER_LOG_LEVEL=WARN shows throttling and retries too, for a run whose output is grepped.
 */
export function installBenchLogger(): void {
  const level = (process.env.BENCH_WORKER_LOG_LEVEL ?? 'ERROR') as LogLevel;
  Runtime.install({ logger: new DefaultLogger(level) });
}
