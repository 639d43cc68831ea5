import type { KpiCriterion } from '@tdkt/domain';

/**
 * What a KPI counts, read from its unit of measure as plans write it: a rate ("%"), a number of things ("hộ",
 * "hồ sơ", "sáng kiến": whole, summed up the tree), or an amount (money, area, hours, a score: may have decimals).
 */
export type KpiMeasure = 'percent' | 'count' | 'amount';

const PERCENT = /^(%|phần trăm|percent)$/i;
/** Words of units whose values are measured rather than counted, so a fraction is meaningful; "x/y" is a ratio. */
const AMOUNT_WORDS = new Set([
  'đồng',
  'usd',
  'vnd',
  'tỷ',
  'triệu',
  'nghìn',
  'ngàn',
  'km',
  'm',
  'mét',
  'm2',
  'm²',
  'm3',
  'ha',
  'hecta',
  'tấn',
  'tạ',
  'kg',
  'lít',
  'giờ',
  'ngày',
  'tháng',
  'năm',
  'điểm',
]);
const isAmount = (unit: string) =>
  unit.includes('/') ||
  unit
    .toLowerCase()
    .split(/\s+/)
    .some((word) => AMOUNT_WORDS.has(word));

export function measureOf(criterion: Pick<KpiCriterion, 'unit' | 'aggregate'>): KpiMeasure {
  const unit = criterion.unit.trim();
  if (PERCENT.test(unit)) return 'percent';
  if (criterion.aggregate === 'sum' && !isAmount(unit)) return 'count';
  return 'amount';
}

/** Why a KPI value cannot be sent, as a catalogue key; null when it can (an empty field is simply not sent). */
export type KpiProblem = 'actions.kpi.notANumber' | 'actions.kpi.percentRange' | 'actions.kpi.wholeCount' | 'actions.kpi.negative';

export function kpiProblem(value: unknown, measure: KpiMeasure): KpiProblem | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'actions.kpi.notANumber';
  switch (measure) {
    case 'percent':
      return value < 0 || value > 100 ? 'actions.kpi.percentRange' : null;
    case 'count':
      return value < 0 || !Number.isInteger(value) ? 'actions.kpi.wholeCount' : null;
    case 'amount':
      return value < 0 ? 'actions.kpi.negative' : null;
  }
}

/** The values filled in, keyed by criterion key, as the API takes them; empty fields are left out. */
export function kpiValuesOf(filled: Record<string, number | null | undefined> | undefined): Record<string, number> | undefined {
  const entries = Object.entries(filled ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
  return entries.length ? Object.fromEntries(entries) : undefined;
}
