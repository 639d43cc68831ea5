import { childPath, depthOf, OrgImport, validateOrgImport } from '@tdkt/domain';
import demoProvince from './demo-province.json';

const nothingExisting = { levelCodes: new Set<string>(), unitCodes: new Set<string>(), usernames: new Set<string>() };

describe('the demo province seed', () => {
  const seed = demoProvince as unknown as OrgImport;

  it('passes validation into an empty system', () => {
    expect(validateOrgImport(seed, nothingExisting)).toMatchObject({ ok: true });
  });

  it('is at least three levels deep, starts with the provincial leader, and keeps its units parents-first', () => {
    const result = validateOrgImport(seed, nothingExisting);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const pathByCode = new Map<string, string>();
    for (const u of result.value.units)
      pathByCode.set(u.code, childPath(u.parentCode === null ? null : (pathByCode.get(u.parentCode) ?? null), u.code));
    expect(Math.max(...[...pathByCode.values()].map(depthOf)) + 1).toBeGreaterThanOrEqual(3);
    expect(result.value.officials[0]?.username).toBe('lanhdao.tinh');
    expect(result.value.units.map((u) => u.code)).toEqual(seed.units.map((u) => u.code));
  });
});
