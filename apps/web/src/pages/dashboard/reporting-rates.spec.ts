import type { StatusCounts } from '../../api/queries';
import { overall, rateRows } from './reporting-rates';

const counts = (over: Partial<StatusCounts>): StatusCounts => ({
  pending: 0,
  open: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  closed: 0,
  cancelled: 0,
  total: 0,
  late: 0,
  ...over,
});

describe('reporting rates', () => {
  const byLevel = {
    xa: counts({ open: 1, submitted: 1, approved: 1, total: 3, late: 1 }),
    huyen: counts({ approved: 2, total: 2 }),
    thon: counts({ open: 1, total: 1 }),
  };

  it('counts approved and submitted over the total, in the order and with the names given; unknown groups follow under their key', () =>
    expect(
      rateRows(byLevel, [
        { key: 'tinh', label: 'Tỉnh' },
        { key: 'huyen', label: 'Huyện' },
        { key: 'xa', label: null },
      ]),
    ).toEqual([
      { key: 'huyen', label: 'Huyện', total: 2, approved: 2, submitted: 0, late: 0, approvedRate: 100, submittedRate: 0, rate: 100 },
      { key: 'xa', label: 'xa', total: 3, approved: 1, submitted: 1, late: 1, approvedRate: 33.3, submittedRate: 33.3, rate: 66.7 },
      { key: 'thon', label: 'thon', total: 1, approved: 0, submitted: 0, late: 0, approvedRate: 0, submittedRate: 0, rate: 0 },
    ]));

  it('says 0 % rather than dividing by nothing', () => expect(rateRows({ x: counts({}) }, [])[0].rate).toBe(0));

  it('adds the levels up to the whole campaign', () => expect(overall(byLevel)).toEqual({ total: 6, reported: 4, late: 1, rate: 66.7 }));
});
