import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/i18n-context';
import { CHART_COLORS, STILL } from './chart-labels';
import type { DailyPoint } from './daily-series';

/** Reports sent and approved on each day with activity, side by side. */
export function TrendChart({ points, title }: { points: readonly DailyPoint[]; title: string }) {
  const t = useT();
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart
        data={[...points]}
        margin={{ top: 10, right: 20, bottom: 30, left: 10 }}
        accessibilityLayer={false}
        role="img"
        title={title}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" label={{ value: t('dashboard.axis.day'), position: 'insideBottom', offset: -20 }} />
        <YAxis allowDecimals={false} label={{ value: t('dashboard.axis.count'), angle: -90, position: 'insideLeft' }} />
        <Tooltip />
        <Legend verticalAlign="top" />
        <Bar {...STILL} maxBarSize={48} dataKey="submitted" name={t('dashboard.series.sent')} fill={CHART_COLORS.submitted} />
        <Bar {...STILL} maxBarSize={48} dataKey="approved" name={t('dashboard.series.approvedOnDay')} fill={CHART_COLORS.approved} />
      </BarChart>
    </ResponsiveContainer>
  );
}
