import { isSettled, OBLIGATION_STATUSES, type ObligationStatus } from '@tdkt/domain';

const STATUSES: readonly ObligationStatus[] = OBLIGATION_STATUSES;

/** How many obligations are in each status, how many in all, and how many are past due and not yet approved. */
export type StatusCounts = Record<ObligationStatus, number> & { total: number; late: number };

export interface ProgressSummary {
  byLevel: Record<string, StatusCounts>;
  byPhase: Record<string, StatusCounts>;
}

/** One group of the summary query; counts arrive as strings from PostgreSQL and as numbers from SQLite. */
export interface ProgressCountRow {
  level_code: string;
  phase_key: string;
  status: string;
  count: string | number;
  /** How many of the group are past due; late only when the group's status is not settled. */
  past_due: string | number | null;
}

export function summariseProgress(rows: readonly ProgressCountRow[]): ProgressSummary {
  const summary: ProgressSummary = { byLevel: {}, byPhase: {} };
  for (const row of rows) {
    const count = Number(row.count);
    const late = isStatus(row.status) && isSettled(row.status) ? 0 : Number(row.past_due ?? 0);
    for (const counts of [countsFor(summary.byLevel, row.level_code), countsFor(summary.byPhase, row.phase_key)]) {
      if (isStatus(row.status)) counts[row.status] += count;
      counts.total += count;
      counts.late += late;
    }
  }
  return summary;
}

function countsFor(groups: Record<string, StatusCounts>, key: string): StatusCounts {
  groups[key] ??= { pending: 0, open: 0, submitted: 0, returned: 0, approved: 0, closed: 0, cancelled: 0, total: 0, late: 0 };
  return groups[key];
}

function isStatus(status: string): status is ObligationStatus {
  return (STATUSES as readonly string[]).includes(status);
}
