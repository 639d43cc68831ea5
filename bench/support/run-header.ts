import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { resolveTemporalCli } from '@tdkt/temporal';
import type { BenchSystem } from './bench-system';
import { loadAverages } from './machine-load';
import { benchWorkerOptions } from './worker-options';

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
    `load: ${loadAverages()}`,
    `code: ${gitHead()}`,
  ].join('\n');
}

/** The topology a system runs, once it is up: which Temporal and which app database. */
export function systemDescription(system: BenchSystem): string {
  return [
    `topology: ${system.topology}: ${system.temporal.description}`,
    `app database: ${system.databaseKind === 'postgres' ? `PostgreSQL (${system.appDatabaseName})` : 'SQLite (temp file)'}`,
    `worker options over the product's: ${JSON.stringify(benchWorkerOptions())}`,
  ].join('\n');
}

/** The commit, and whether the product code the bench runs had uncommitted changes (others edit the tree meanwhile). */
function gitHead(): string {
  try {
    const head = execFileSync('git', ['log', '--oneline', '-1'], { encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--short', '--', 'workflows', 'activities', 'apps/api', 'libs'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    const listed = changed.slice(0, 12).map((line) => line.trim());
    const more = changed.length > listed.length ? `, … ${changed.length - listed.length} more` : '';
    return `${head}; ${changed.length} uncommitted change(s) under workflows/ activities/ apps/api libs/${listed.length ? `: ${listed.join(', ')}${more}` : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}
