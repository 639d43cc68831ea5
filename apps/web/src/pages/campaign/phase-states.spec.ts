import type { StatusCounts } from '../../api/queries';
import { filtersOfState, phaseStateCounts, reportingRate } from './phase-states';

const counts = (partial: Partial<StatusCounts>): StatusCounts => ({
  pending: 0,
  open: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  closed: 0,
  cancelled: 0,
  late: 0,
  total: 0,
  ...partial,
});

describe('the states of a phase', () => {
  it('counts units not yet sent whether or not their obligation has opened, and keeps late apart', () => {
    const summary = counts({ pending: 2, open: 3, submitted: 1, returned: 1, approved: 4, late: 2, total: 11 });
    expect(phaseStateCounts(summary)).toEqual({ pending: 5, submitted: 1, returned: 1, approved: 4, late: 2, total: 11 });
  });

  it('reads a phase nobody in scope owes as zeros', () =>
    expect(phaseStateCounts(undefined)).toEqual({ pending: 0, submitted: 0, returned: 0, approved: 0, late: 0, total: 0 }));

  it('lists "not sent" with both statuses, "late" with the lateness filter, the others by their status', () => {
    expect(filtersOfState('phat-dong', 'pending')).toEqual([
      { phase: 'phat-dong', status: 'pending' },
      { phase: 'phat-dong', status: 'open' },
    ]);
    expect(filtersOfState('phat-dong', 'late')).toEqual([{ phase: 'phat-dong', late: true }]);
    expect(filtersOfState('bao-cao', 'approved')).toEqual([{ phase: 'bao-cao', status: 'approved' }]);
  });
});

describe('the reporting rate of a level', () => {
  it('is what was sent or approved among the obligations already open', () =>
    expect(reportingRate(counts({ pending: 6, open: 2, submitted: 1, returned: 1, approved: 2, total: 12 }))).toBe(0.5));

  it('is unknown while nothing is open', () => expect(reportingRate(counts({ pending: 3, total: 3 }))).toBeNull());
});
