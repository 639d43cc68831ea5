import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAccessTable, tableIn } from './access-markdown';

/** Rewrites the generated table in docs/ACCESS.md from the data: `node -r @swc-node/register apps/api/src/access/write-access-doc.ts`. */
export const ACCESS_DOC_PATH = join(__dirname, '..', '..', '..', '..', 'docs', 'ACCESS.md');

if (require.main === module) {
  const markdown = readFileSync(ACCESS_DOC_PATH, 'utf8');
  const current = tableIn(markdown);
  if (current === null) throw new Error(`${ACCESS_DOC_PATH} has lost the markers of its generated table`);
  writeFileSync(ACCESS_DOC_PATH, markdown.replace(current, renderAccessTable()));
}
