import type { LevelTimes } from '../../api/campaign-queries';
import { levelsInScope, phaseTiming, sharedDeadlines } from './lifecycle';

const level = (levelCode: string, opensAt: string | null, dueAt: string | null, announcedLater = false): LevelTimes => ({
  levelCode,
  opensAt,
  dueAt,
  announcedLater,
});

describe('where a phase stands', () => {
  const levels = [
    level('xa', '2026-03-01T00:00:00Z', '2026-03-10T10:00:00Z'),
    level('huyen', '2026-03-01T00:00:00Z', '2026-03-20T10:00:00Z'),
  ];

  it.each([
    ['2026-02-28T00:00:00Z', 'upcoming'],
    ['2026-03-15T00:00:00Z', 'ongoing'],
    ['2026-03-21T00:00:00Z', 'past'],
  ])('at %s it is %s', (now, timing) => expect(phaseTiming(levels, new Date(now))).toBe(timing));

  it('stays ongoing while a due date is still to be announced', () =>
    expect(phaseTiming([level('xa', '2026-03-01T00:00:00Z', null, true)], new Date('2030-01-01T00:00:00Z'))).toBe('ongoing'));

  it('is unknown before the plan is issued', () =>
    expect(phaseTiming([level('xa', null, null)], new Date('2026-03-01T00:00:00Z'))).toBe('unknown'));
});

describe('the deadlines of a phase', () => {
  it('print once when every level is due together, and per level otherwise', () => {
    expect(sharedDeadlines([level('huyen', null, 'A'), level('xa', null, 'A')])).toEqual([
      { levelCodes: ['huyen', 'xa'], dueAt: 'A', announcedLater: false },
    ]);
    expect(sharedDeadlines([level('tinh', null, 'B'), level('huyen', null, 'A'), level('xa', null, 'A')])).toEqual([
      { levelCodes: ['tinh'], dueAt: 'B', announcedLater: false },
      { levelCodes: ['huyen', 'xa'], dueAt: 'A', announcedLater: false },
    ]);
  });

  it('are those of the levels the official follows, or all of them when none is known yet', () => {
    const all = [level('tinh', null, 'B'), level('huyen', null, 'A'), level('xa', null, 'A')];
    expect(levelsInScope(all, ['xa', 'huyen']).map((l) => l.levelCode)).toEqual(['huyen', 'xa']);
    expect(levelsInScope(all, []).map((l) => l.levelCode)).toEqual(['tinh', 'huyen', 'xa']);
  });
});
