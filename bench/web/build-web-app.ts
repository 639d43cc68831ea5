import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');
/** Private to the bench: apps/web/dist is rebuilt all the time by other engineers, so it is never measured. */
export const BENCH_WEB_DIST = '/tmp/tdkt-bench-web-dist';

/**
 * Builds the web app for production into BENCH_WEB_DIST, exactly as the README builds it but with another
 * output dir. With `reuse`, an existing build there is kept (for re-running the browser part only).
 * Returns how long the build took, or null when reused.
 */
export function buildWebApp(reuse: boolean): number | null {
  if (reuse && existsSync(join(BENCH_WEB_DIST, 'index.html'))) return null;
  const started = performance.now();
  try {
    execFileSync('npx', ['vite', 'build', 'apps/web', '--outDir', BENCH_WEB_DIST, '--emptyOutDir'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`vite build failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
  return (performance.now() - started) / 1000;
}

/**
 * Which sources were built: other engineers edit apps/web while benches run, so the commit alone does not name
 * them. The count of changed files under apps/web at build time says whether the tree was clean.
 */
export function describeSources(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  const head = git('rev-parse', '--short', 'HEAD');
  const changed = git('status', '--porcelain', '--', 'apps/web', 'apps/api').split('\n').filter(Boolean).length;
  return `commit ${head}; ${changed} files under apps/web and apps/api differ from it (working tree as built)`;
}
