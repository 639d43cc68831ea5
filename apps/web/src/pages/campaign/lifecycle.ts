import type { LevelTimes } from '../../api/campaign-queries';

/** Where a phase stands today, for a word beside its dates (never a colour alone). */
export type PhaseTiming = 'upcoming' | 'ongoing' | 'past' | 'unknown';

/**
 * Upcoming until its first level opens, past once its last level's due date has gone by, ongoing between (and for
 * as long as a due date is still to be announced); unknown while no date can be counted (a plan not yet issued).
 */
export function phaseTiming(levels: readonly LevelTimes[], now: Date): PhaseTiming {
  const opens = levels.flatMap((level) => (level.opensAt ? [Date.parse(level.opensAt)] : []));
  if (!opens.length) return 'unknown';
  if (now.getTime() < Math.min(...opens)) return 'upcoming';
  if (levels.some((level) => level.announcedLater)) return 'ongoing';
  const dues = levels.flatMap((level) => (level.dueAt ? [Date.parse(level.dueAt)] : []));
  if (!dues.length) return 'unknown';
  return now.getTime() > Math.max(...dues) ? 'past' : 'ongoing';
}

/** Levels sharing a deadline, in the order given (top level first): one line when every level is due together. */
export interface SharedDeadline {
  levelCodes: string[];
  dueAt: string | null;
  announcedLater: boolean;
}

export function sharedDeadlines(levels: readonly LevelTimes[]): SharedDeadline[] {
  const groups: SharedDeadline[] = [];
  for (const level of levels) {
    const same = groups.find((group) => group.dueAt === level.dueAt && group.announcedLater === level.announcedLater);
    if (same) same.levelCodes.push(level.levelCode);
    else groups.push({ levelCodes: [level.levelCode], dueAt: level.dueAt, announcedLater: level.announcedLater });
  }
  return groups;
}

/** The levels an official follows: those with obligations in their scope, when any; else every level of the plan. */
export function levelsInScope(levels: readonly LevelTimes[], followed: readonly string[]): LevelTimes[] {
  const shown = levels.filter((level) => followed.includes(level.levelCode));
  return shown.length ? shown : [...levels];
}
