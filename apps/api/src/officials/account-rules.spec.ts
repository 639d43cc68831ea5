import type { Actor } from '@tdkt/domain';
import { administersAccountsIn, effectiveOnRefusal, mayTouchHolder, roleChangeRefusal } from './account-rules';

const provinceAdmin: Actor = { officialId: 'a', username: 'quantri', unitCode: 'TQ', unitPath: '/TQ/', roles: ['admin'] };
const systemAdmin: Actor = { officialId: 's', username: 'he', unitCode: 'HT', unitPath: '/HT/', roles: ['system_admin'] };
const leader: Actor = { ...provinceAdmin, officialId: 'l', roles: ['leader'] };

describe('administersAccountsIn', () => {
  it('gives an administrator their subtree only, a system administrator every tree, a leader none', () => {
    expect(administersAccountsIn(provinceAdmin, '/TQ/TQ-YS/')).toBe(true);
    expect(administersAccountsIn(provinceAdmin, '/TU-TQ/')).toBe(false);
    expect(administersAccountsIn(systemAdmin, '/TQ/TQ-YS/')).toBe(true);
    expect(administersAccountsIn(leader, '/TQ/TQ-YS/')).toBe(false);
  });
});

describe('roleChangeRefusal', () => {
  const tree = { officialId: 'x', unitKind: 'ubnd', current: ['specialist'] as const };

  it('lets an administrator give any tree role', () => {
    expect(roleChangeRefusal(provinceAdmin, tree, ['admin', 'leader'])).toBeNull();
  });

  it('keeps the system administrator’s role to system administrators, and to the system unit', () => {
    expect(roleChangeRefusal(provinceAdmin, { ...tree, unitKind: 'system' }, ['system_admin'])?.kind).toBe('forbidden');
    expect(roleChangeRefusal(provinceAdmin, { ...tree, current: ['system_admin'] }, ['specialist'])?.kind).toBe('forbidden');
    expect(roleChangeRefusal(systemAdmin, tree, ['system_admin'])?.kind).toBe('invalid');
    expect(roleChangeRefusal(systemAdmin, { ...tree, unitKind: 'system' }, ['system_admin'])).toBeNull();
  });

  it('refuses relieving one’s own admin role, not keeping it', () => {
    const self = { officialId: 'a', unitKind: 'ubnd', current: ['admin'] as const };
    expect(roleChangeRefusal(provinceAdmin, self, ['specialist'])?.message).toContain('chính mình');
    expect(roleChangeRefusal(provinceAdmin, self, ['admin', 'specialist'])).toBeNull();
  });
});

describe('mayTouchHolder', () => {
  it('leaves a system administrator’s account to system administrators', () => {
    expect(mayTouchHolder(provinceAdmin, ['system_admin'])).toBe(false);
    expect(mayTouchHolder(systemAdmin, ['system_admin'])).toBe(true);
    expect(mayTouchHolder(provinceAdmin, ['admin'])).toBe(true);
  });
});

describe('effectiveOnRefusal', () => {
  it('refuses a day that does not exist, is still to come, or comes before the posting held now', () => {
    expect(effectiveOnRefusal('2026-02-30', '2026-07-01', null)).toContain('không có thật');
    expect(effectiveOnRefusal('2026-07-02', '2026-07-01', null)).toContain('chưa đến');
    expect(effectiveOnRefusal('2026-05-31', '2026-07-01', '2026-06-01')).toContain('không ghi lùi');
    expect(effectiveOnRefusal('2026-06-01', '2026-07-01', '2026-06-01')).toBeNull();
  });
});
