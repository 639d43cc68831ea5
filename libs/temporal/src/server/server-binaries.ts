import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '../workspace-root';
import { isExecutable } from '../is-executable';

/** The server release inside the CLI we build (v1.5.1), so both topologies run the same server code. */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
/** The Web UI server the same CLI embeds. */
export const TEMPORAL_UI_SERVER_VERSION = 'v2.42.1';

export interface TemporalServerBinaries {
  /** `temporal-server`: frontend, history, matching and worker services in one process. */
  server: string;
  /** `temporal-sql-tool`: creates the databases and applies the versioned schemas. */
  sqlTool: string;
  /** The Temporal Web UI, standalone. */
  uiServer: string;
  /** `schema/postgresql/v12` of the server's module: `temporal/` and `visibility/`, each with `versioned/`. */
  schemaDir: string;
}

/**
 * The production Temporal server, its schema tool and its Web UI, built from their Go modules into the
 * project cache on first use (neither module has `replace` directives, so `go install` takes them from the
 * Go module proxy: a few minutes once, a 128 MB server binary). The schemas ship inside the server module.
 */
export function resolveTemporalServerBinaries(log: (line: string) => void = () => undefined): TemporalServerBinaries {
  const cache = join(workspaceRoot(), '.cache', 'temporal-server');
  const binaries = {
    server: join(cache, 'bin', 'server'),
    sqlTool: join(cache, 'bin', 'sql'),
    // Its own folder: `go install` names a binary after its package directory, `server` for both.
    uiServer: join(cache, 'ui', 'server'),
  };
  if (!isExecutable(binaries.server) || !isExecutable(binaries.sqlTool)) {
    log(`Building the Temporal server ${TEMPORAL_SERVER_VERSION} and its schema tool with go install (a few minutes, once)…`);
    goInstall(join(cache, 'bin'), [
      `go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}`,
      `go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`,
    ]);
  }
  if (!isExecutable(binaries.uiServer)) {
    log(`Building the Temporal Web UI ${TEMPORAL_UI_SERVER_VERSION} with go install (a minute, once)…`);
    goInstall(join(cache, 'ui'), [`github.com/temporalio/ui-server/v2/cmd/server@${TEMPORAL_UI_SERVER_VERSION}`]);
  }
  return { ...binaries, schemaDir: join(serverModuleDir(), 'schema', 'postgresql', 'v12') };
}

function goInstall(bin: string, packages: string[]): void {
  mkdirSync(bin, { recursive: true });
  const built = spawnSync('go', ['install', ...packages], {
    env: { ...process.env, GOBIN: bin, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.error) throw new Error(`go install ${packages.join(' ')} could not run (${built.error.message}): is Go installed?`);
  if (built.status !== 0) throw new Error(`go install ${packages.join(' ')} failed with exit code ${built.status}`);
}

/** Where the Go module cache holds the server module (fetched by the build above, or now if the cache was cleared). */
function serverModuleDir(): string {
  const out = execFileSync('go', ['mod', 'download', '-json', `go.temporal.io/server@${TEMPORAL_SERVER_VERSION}`], {
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: '-mod=mod' },
  });
  const dir = (JSON.parse(out) as { Dir?: string }).Dir;
  if (!dir) throw new Error(`go mod download did not say where go.temporal.io/server@${TEMPORAL_SERVER_VERSION} is`);
  return dir;
}
