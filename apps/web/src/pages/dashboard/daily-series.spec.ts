import { dailySeries, formatDay } from './daily-series';

describe('the reports-per-day series', () => {
  it('writes days the Vietnamese way', () => expect(formatDay('2026-03-05')).toBe('05/03/2026'));

  it('orders the days and labels each', () =>
    expect(
      dailySeries([
        { day: '2026-03-06', submitted: 0, approved: 1 },
        { day: '2026-03-05', submitted: 2, approved: 0 },
      ]),
    ).toEqual([
      { day: '2026-03-05', submitted: 2, approved: 0, label: '05/03/2026' },
      { day: '2026-03-06', submitted: 0, approved: 1, label: '06/03/2026' },
    ]));
});
