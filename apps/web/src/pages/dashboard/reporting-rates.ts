import type { StatusCounts } from '../../api/queries';

/** One bar of a rate chart and one row of its table: a level or a phase. */
export interface RateRow {
  key: string;
  label: string;
  total: number;
  approved: number;
  submitted: number;
  late: number;
  /** Percentages of the total, one decimal; `rate` = approved + submitted, as the charts read it. */
  approvedRate: number;
  submittedRate: number;
  rate: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

function rowOf(key: string, label: string, counts: StatusCounts): RateRow {
  const { total, approved, submitted, late } = counts;
  return {
    key,
    label,
    total,
    approved,
    submitted,
    late,
    approvedRate: percent(approved, total),
    submittedRate: percent(submitted, total),
    rate: percent(approved + submitted, total),
  };
}

/**
 * The groups of the progress summary in the order given (levels top first, phases as the plan lists them), named;
 * a group the order does not know (a phase added since) follows, under its key.
 */
export function rateRows(groups: Record<string, StatusCounts>, order: readonly { key: string; label: string | null }[]): RateRow[] {
  const known = order.filter(({ key }) => groups[key]).map(({ key, label }) => rowOf(key, label ?? key, groups[key]));
  const rest = Object.keys(groups)
    .filter((key) => !order.some((o) => o.key === key))
    .sort()
    .map((key) => rowOf(key, key, groups[key]));
  return [...known, ...rest];
}

/** The whole campaign within scope: every obligation is on exactly one level, so the levels add up to it. */
export function overall(byLevel: Record<string, StatusCounts>): { total: number; reported: number; late: number; rate: number } {
  const sum = Object.values(byLevel).reduce(
    (acc, c) => ({ total: acc.total + c.total, reported: acc.reported + c.approved + c.submitted, late: acc.late + c.late }),
    { total: 0, reported: 0, late: 0 },
  );
  return { ...sum, rate: percent(sum.reported, sum.total) };
}
