import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/i18n-context';
import { CHART_COLORS, shorten, STILL } from './chart-labels';
import type { RateRow } from './reporting-rates';

const TICK_CHARS = 20;
const ROW_HEIGHT = 40;

/** Overdue obligations per group, as bars along the page with their count written at the end. */
function LateBars({ rows, title, categoryLabel }: { rows: readonly RateRow[]; title: string; categoryLabel: string }) {
  const t = useT();
  return (
    <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 80}>
      <BarChart
        data={[...rows]}
        layout="vertical"
        margin={{ top: 30, right: 40, bottom: 20, left: 10 }}
        accessibilityLayer={false}
        role="img"
        title={title}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} label={{ value: t('dashboard.axis.count'), position: 'insideBottom', offset: -10 }} />
        <YAxis
          type="category"
          dataKey="label"
          width={130}
          tickFormatter={(label: string) => shorten(label, TICK_CHARS)}
          label={{ value: categoryLabel, position: 'top', offset: 12 }}
        />
        <Tooltip />
        <Bar {...STILL} maxBarSize={32} dataKey="late" name={t('dashboard.column.late')} fill={CHART_COLORS.late}>
          <LabelList dataKey="late" position="right" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Overdue obligations per level and per phase, side by side where there is room. */
export function LateChart({ byLevel, byPhase }: { byLevel: readonly RateRow[]; byPhase: readonly RateRow[] }) {
  const t = useT();
  return (
    <div className="dashboard-late">
      <LateBars rows={byLevel} title={t('dashboard.series.lateByLevel')} categoryLabel={t('dashboard.axis.level')} />
      <LateBars rows={byPhase} title={t('dashboard.series.lateByPhase')} categoryLabel={t('dashboard.axis.phase')} />
    </div>
  );
}
