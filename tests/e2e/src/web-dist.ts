import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BUILT_APP = join(__dirname, '..', '..', '..', 'apps', 'web', 'dist');

/**
 * Points the API the suite starts at the built web app: WEB_DIST_DIR when set (a build of one's own, which another
 * build emptying apps/web/dist cannot pull from under a running suite), apps/web/dist otherwise.
 */
export function serveBuiltWebApp(): string {
  const dir = process.env.WEB_DIST_DIR ?? BUILT_APP;
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} is missing: build the web app first (nx run web:build)`);
  process.env.WEB_DIST_DIR = dir;
  return dir;
}
