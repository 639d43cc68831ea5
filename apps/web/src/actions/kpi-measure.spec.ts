import { kpiProblem, kpiValuesOf, measureOf } from './kpi-measure';

describe('measureOf', () => {
  it('reads a rate from "%"', () => {
    expect(measureOf({ unit: '%', aggregate: 'average' })).toBe('percent');
    expect(measureOf({ unit: ' phần trăm ', aggregate: 'average' })).toBe('percent');
  });

  it('reads a count from a summed unit of things', () => {
    expect(measureOf({ unit: 'hộ', aggregate: 'sum' })).toBe('count');
    expect(measureOf({ unit: 'hồ sơ', aggregate: 'sum' })).toBe('count');
    expect(measureOf({ unit: 'sáng kiến', aggregate: 'sum' })).toBe('count');
    expect(measureOf({ unit: 'thanh niên', aggregate: 'sum' })).toBe('count');
  });

  it('reads an amount from money, areas, times, scores, or an average that is not a rate', () => {
    expect(measureOf({ unit: 'triệu đồng', aggregate: 'sum' })).toBe('amount');
    expect(measureOf({ unit: 'ha', aggregate: 'sum' })).toBe('amount');
    expect(measureOf({ unit: 'giờ', aggregate: 'sum' })).toBe('amount');
    expect(measureOf({ unit: 'hồ sơ/người', aggregate: 'sum' })).toBe('amount');
    expect(measureOf({ unit: 'người', aggregate: 'average' })).toBe('amount');
  });
});

describe('kpiProblem', () => {
  it('lets an empty field through: a KPI not reported is not sent', () => {
    expect(kpiProblem(undefined, 'percent')).toBeNull();
    expect(kpiProblem(null, 'count')).toBeNull();
  });

  it('holds a rate between 0 and 100', () => {
    expect(kpiProblem(0, 'percent')).toBeNull();
    expect(kpiProblem(82.5, 'percent')).toBeNull();
    expect(kpiProblem(100, 'percent')).toBeNull();
    expect(kpiProblem(100.1, 'percent')).toBe('actions.kpi.percentRange');
    expect(kpiProblem(-1, 'percent')).toBe('actions.kpi.percentRange');
  });

  it('holds a count to a whole number, not below zero', () => {
    expect(kpiProblem(12, 'count')).toBeNull();
    expect(kpiProblem(1.5, 'count')).toBe('actions.kpi.wholeCount');
    expect(kpiProblem(-3, 'count')).toBe('actions.kpi.wholeCount');
  });

  it('holds an amount not below zero, decimals allowed', () => {
    expect(kpiProblem(12.75, 'amount')).toBeNull();
    expect(kpiProblem(-0.5, 'amount')).toBe('actions.kpi.negative');
  });

  it('refuses what is not a number', () => {
    expect(kpiProblem('abc', 'amount')).toBe('actions.kpi.notANumber');
    expect(kpiProblem(Number.NaN, 'count')).toBe('actions.kpi.notANumber');
  });
});

describe('kpiValuesOf', () => {
  it('keeps the values filled in, and sends nothing when none is', () => {
    expect(kpiValuesOf({ a: 80, b: undefined, c: null, d: 0 })).toEqual({ a: 80, d: 0 });
    expect(kpiValuesOf({ a: undefined })).toBeUndefined();
    expect(kpiValuesOf(undefined)).toBeUndefined();
  });
});
