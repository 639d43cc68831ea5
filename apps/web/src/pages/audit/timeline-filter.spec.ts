import { isDateRangeValid, NO_FILTER, toTimelineQuery } from './timeline-filter';

describe('the timeline filters as the API takes them', () => {
  it('leaves out what the official left blank', () => expect(toTimelineQuery(NO_FILTER)).toEqual({}));

  it('trims codes, joins the actions with commas and passes the days as they are', () =>
    expect(
      toTimelineQuery({
        unitCode: ' TQ-YS ',
        actor: 'lanhdao.ys ',
        actions: ['report_submitted', 'report_approved'],
        from: '2026-03-01',
        to: '2026-03-31',
      }),
    ).toEqual({
      unitCode: 'TQ-YS',
      actor: 'lanhdao.ys',
      action: 'report_submitted,report_approved',
      from: '2026-03-01',
      to: '2026-03-31',
    }));

  it('accepts a range of one day or more, or open at either end, and refuses one that ends before it starts', () => {
    expect(isDateRangeValid({ from: '2026-03-01', to: '2026-03-01' })).toBe(true);
    expect(isDateRangeValid({ from: '2026-03-01', to: null })).toBe(true);
    expect(isDateRangeValid({ from: null, to: '2026-03-01' })).toBe(true);
    expect(isDateRangeValid({ from: '2026-03-02', to: '2026-03-01' })).toBe(false);
  });
});
