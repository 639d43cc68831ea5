import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;

/**
 * The CSP hash sources ('sha256-…') of index.html's inline scripts, as the web build wrote them to csp-hashes.json beside
 * it (apps/web/build/inline-first-rows.ts). Every build changes them, so they are read when the API starts, from the
 * build it serves. No web app, or no file: none, and the browser then runs no inline script at all.
 */
export function readInlineScriptHashes(webDistDir: string | undefined): string[] {
  const file = webDistDir && join(webDistDir, 'csp-hashes.json');
  if (!file || !existsSync(file)) return [];
  const hashes: unknown = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)['script-src'];
  // A broken file would silently block the inline script (or worse, allow something else): refuse to start instead.
  if (!Array.isArray(hashes) || !hashes.every((hash) => typeof hash === 'string' && HASH_SOURCE.test(hash)))
    throw new Error(`${file}: "script-src" must list 'sha256-…' hash sources; rebuild the web app (npx vite build apps/web)`);
  return hashes;
}
