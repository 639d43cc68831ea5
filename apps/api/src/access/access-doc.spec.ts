import { readFileSync } from 'node:fs';
import { NEED_TO_KNOW, RESOURCES } from '@tdkt/domain';
import { renderAccessTable, tableIn } from './access-markdown';
import { ROUTE_ACCESS } from './route-access';
import { ACCESS_DOC_PATH } from './write-access-doc';

// docs/ACCESS.md is what an inspector reads: it must say what the code enforces.
describe('docs/ACCESS.md', () => {
  const markdown = readFileSync(ACCESS_DOC_PATH, 'utf8');

  it('prints the need-to-know table as the data holds it (rewrite with apps/api/src/access/write-access-doc.ts)', () => {
    expect(tableIn(markdown)).toEqual(renderAccessTable());
  });

  it('gives every resource of the table a row, and every route a resource of the table', () => {
    const table = tableIn(markdown) ?? '';
    for (const resource of RESOURCES) expect(table).toContain(`(\`${resource}\`)`);
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      expect({ route, known: NEED_TO_KNOW.some((rule) => rule.resource === access.resource && rule.action === access.action) }).toEqual({
        route,
        known: true,
      });
      expect(table).toContain(`\`${route}\``);
    }
  });

  it('fails on a table edited by hand', () => {
    const edited = markdown.replace('mọi vai trò', 'Quản trị');
    expect(tableIn(edited)).not.toEqual(renderAccessTable());
  });
});
