import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { resolveTemporalCli } from '@tdkt/temporal';

/** What the figures were measured on, printed first so a result is never quoted without it. */
export function machineDescription(): string {
  const cli = resolveTemporalCli();
  const temporalVersion = cli ? execFileSync(cli.path, ['--version'], { encoding: 'utf8' }).trim() : 'none';
  return [
    `date: ${new Date().toISOString()}`,
    `cpu: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    `ram: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node: ${process.version}`,
    `temporal: ${temporalVersion}`,
    `database: ${process.env.TEST_POSTGRES_URL ? 'PostgreSQL (TEST_POSTGRES_URL)' : 'SQLite (temp file)'}`,
  ].join('\n');
}
