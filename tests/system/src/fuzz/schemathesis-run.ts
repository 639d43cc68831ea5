import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../../..');
/** Installed, pinned, by tools/lib/ensure-schemathesis.sh (run by `npm test`). */
const CLI = process.env.SCHEMATHESIS_CLI ?? join(REPO, '.cache', 'schemathesis', 'bin', 'st');

/** What every run checks: no server error, every answer as the document describes it, and our own read-only rule. */
const CHECKS = ['not_a_server_error', 'status_code_conformance', 'response_schema_conformance', 'read_only_changes_nothing'];

export interface FuzzRun {
  /** The OpenAPI document's address; requests go to `baseUrl`. */
  schemaUrl: string;
  baseUrl: string;
  token?: string;
  readOnly?: boolean;
  /** Cases per operation and phase: a handful per role keeps the run to seconds; the seed makes it repeatable. */
  maxExamples?: number;
}

export interface FuzzResult {
  exitCode: number;
  output: string;
}

/** One Schemathesis run over every operation of the document, as one official. */
export function fuzz(run: FuzzRun): Promise<FuzzResult> {
  if (!existsSync(CLI)) throw new Error(`Schemathesis is not installed at ${CLI}: run \`bash tools/lib/ensure-schemathesis.sh\`.`);
  const args = ['run', run.schemaUrl, '--url', run.baseUrl, '--checks', CHECKS.join(','), '--max-examples', String(run.maxExamples ?? 5)];
  args.push('--seed', '1', '--workers', '2', '--no-color');
  if (run.token) args.push('--header', `Authorization: Bearer ${run.token}`);
  const env = {
    ...process.env,
    PYTHONPATH: __dirname,
    SCHEMATHESIS_HOOKS: 'fuzz_hooks',
    FUZZ_READ_ONLY: run.readOnly ? '1' : '0',
  };
  return new Promise((done, fail) => {
    // In a directory of its own: Schemathesis keeps a cache of what it found where it runs, which the repo must not get.
    const cwd = mkdtempSync(join(tmpdir(), 'schemathesis-'));
    const child = spawn(CLI, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (exitCode) => done({ exitCode: exitCode ?? -1, output }));
  });
}
