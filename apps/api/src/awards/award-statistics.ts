import type { AwardDossierEntity } from '@tdkt/persistence';
import type { AwardCountView, AwardStatisticsView } from './award-statistics.view';

/** Counts a campaign's dossiers by award form and by nominating unit: each name counted by its standing. */
export function awardStatistics(dossiers: readonly AwardDossierEntity[]): AwardStatisticsView {
  const byAward = new Map<string, AwardCountView>();
  const byUnit = new Map<string, AwardCountView>();
  const total = emptyCount('*');
  for (const dossier of dossiers) {
    const counts = [total, entry(byAward, dossier.awardKey), entry(byUnit, dossier.nominatingUnitCode)];
    const standings = dossier.state?.standings ?? dossier.list.nominations.map(() => ({ status: 'in_progress' as const }));
    for (const count of counts) {
      count.dossiers += 1;
      count.nominated += standings.length;
      count.awarded += standings.filter((s) => s.status === 'awarded').length;
      count.notAwarded += standings.filter((s) => s.status === 'not_awarded').length;
      count.inProgress += standings.filter((s) => s.status === 'in_progress').length;
    }
  }
  const sorted = (map: Map<string, AwardCountView>) => [...map.values()].sort((a, b) => a.key.localeCompare(b.key));
  return { byAward: sorted(byAward), byUnit: sorted(byUnit), total };
}

function entry(map: Map<string, AwardCountView>, key: string): AwardCountView {
  if (!map.has(key)) map.set(key, emptyCount(key));
  return map.get(key)!;
}

function emptyCount(key: string): AwardCountView {
  return { key, dossiers: 0, nominated: 0, awarded: 0, notAwarded: 0, inProgress: 0 };
}
