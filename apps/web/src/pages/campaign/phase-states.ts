import type { StatusCounts, UnitProgressFilter } from '../../api/queries';

/**
 * What a leader asks of a phase: how many units have not sent, sent, were returned, were approved, and how many
 * are late. "Not sent" joins the two statuses of an obligation nobody has acted on yet (not open, open); "late"
 * overlaps the others, as a late unit is also in one of them.
 */
export const PHASE_STATES = ['pending', 'submitted', 'returned', 'approved', 'late'] as const;
export type PhaseState = (typeof PHASE_STATES)[number];

export type PhaseStateCounts = Record<PhaseState, number> & { total: number };

export function phaseStateCounts(counts: StatusCounts | undefined): PhaseStateCounts {
  if (!counts) return { pending: 0, submitted: 0, returned: 0, approved: 0, late: 0, total: 0 };
  return {
    pending: counts.pending + counts.open,
    submitted: counts.submitted,
    returned: counts.returned,
    approved: counts.approved,
    late: counts.late,
    total: counts.total,
  };
}

/** The filters of GET /campaigns/{id}/units that list the units counted in one state (one request per filter). */
export function filtersOfState(phase: string, state: PhaseState): UnitProgressFilter[] {
  if (state === 'late') return [{ phase, late: true }];
  if (state === 'pending')
    return [
      { phase, status: 'pending' },
      { phase, status: 'open' },
    ];
  return [{ phase, status: state }];
}

/**
 * Share of the obligations already opened to the units that were sent (approved ones included), 0–1; null when
 * none is open yet. Obligations still to open are left out, or a five-year plan would read 10 % in its first year.
 */
export function reportingRate(counts: StatusCounts): number | null {
  const opened = counts.total - counts.pending - counts.cancelled;
  return opened > 0 ? (counts.submitted + counts.approved) / opened : null;
}
