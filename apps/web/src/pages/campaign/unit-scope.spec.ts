import type { Me } from '../../api/queries';
import { mayReadUnit, readsBelow } from './unit-scope';

const official = (unit: string, ...roles: Me['roles'][number]['code'][]) => ({
  unit: { code: unit, name: unit, levelCode: 'huyen', kind: 'ubnd' },
  roles: roles.map((code) => ({ code, label: code })),
});

describe('which units an official may read', () => {
  const leader = official('TQ-YS', 'leader');
  const specialist = official('TQ-YS', 'specialist');

  it('lets a leader read the units below theirs, not beside or above', () => {
    expect(readsBelow(leader)).toBe(true);
    expect(mayReadUnit(leader, 'TQ-YS-THANGQUAN', '/TQ/TQ-YS/TQ-YS-THANGQUAN/')).toBe(true);
    expect(mayReadUnit(leader, 'TQ-SD-TUTHINH', '/TQ/TQ-SD/TQ-SD-TUTHINH/')).toBe(false);
    expect(mayReadUnit(leader, 'TQ', '/TQ/')).toBe(false);
  });

  it('lets a specialist read only their own unit', () => {
    expect(readsBelow(specialist)).toBe(false);
    expect(mayReadUnit(specialist, 'TQ-YS')).toBe(true);
    expect(mayReadUnit(specialist, 'TQ-YS-THANGQUAN', '/TQ/TQ-YS/TQ-YS-THANGQUAN/')).toBe(false);
  });

  it('trusts a unit reached down the leader’s own tree', () => expect(mayReadUnit(leader, 'TQ-YS-LANGQUAN')).toBe(true));
});
