import { safeNextPath } from './oidc-paths';

describe('where single sign-on may return to', () => {
  it('accepts a path of this site only', () => {
    expect(safeNextPath('/phong-trao/abc?x=1')).toBe('/phong-trao/abc?x=1');
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', undefined, ['/a']])
      expect(safeNextPath(next)).toBeUndefined();
  });
});
