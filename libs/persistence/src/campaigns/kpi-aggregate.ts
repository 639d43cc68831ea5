/** A parent's view of one KPI over its children's approved reports; the plan's criterion says whether sum or average applies. */
export interface KpiAggregate {
  count: number;
  sum: number;
  average: number;
}

export interface ChildReport {
  unitCode: string;
  /** Null while announced later: such a report counts as the earliest. */
  dueAt: Date | null;
  kpiValues: Record<string, number> | null;
}

/**
 * Aggregates per KPI key. A child with several approved reports in the phase (the periods of an
 * implementation phase) counts once, with its latest report, so periods are not added up.
 */
export function aggregateKpis(reports: readonly ChildReport[]): Record<string, KpiAggregate> {
  const latestByUnit = new Map<string, ChildReport>();
  for (const report of reports) {
    const known = latestByUnit.get(report.unitCode);
    if (!known || dueTime(known) < dueTime(report)) latestByUnit.set(report.unitCode, report);
  }
  const totals: Record<string, { count: number; sum: number }> = {};
  for (const { kpiValues } of latestByUnit.values()) {
    for (const [key, value] of Object.entries(kpiValues ?? {})) {
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      totals[key] ??= { count: 0, sum: 0 };
      totals[key].count += 1;
      totals[key].sum += value;
    }
  }
  return Object.fromEntries(Object.entries(totals).map(([key, { count, sum }]) => [key, { count, sum, average: sum / count }]));
}

const dueTime = (report: ChildReport): number => report.dueAt?.getTime() ?? -Infinity;
