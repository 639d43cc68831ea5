import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/i18n-context';
import { CHART_COLORS, shorten, STILL } from './chart-labels';
import type { RateRow } from './reporting-rates';

interface Props {
  rows: readonly RateRow[];
  /** The chart's accessible name (its section's heading). */
  title: string;
  categoryLabel: string;
  /** Bars along the page, for long category names (phases); upright bars for short ones (levels). */
  horizontal?: boolean;
}

const TICK_CHARS = 20;
const ROW_HEIGHT = 48;

/** Approved and submitted shares stacked per level or phase, the reported share written at the end of each bar. */
export function RateChart({ rows, title, categoryLabel, horizontal = false }: Props) {
  const t = useT();
  const percent = (value: unknown) => t('dashboard.percent', { value: Number(value) });
  const rateAxis = { type: 'number' as const, domain: [0, 100], tickFormatter: percent };
  const categoryAxis = { type: 'category' as const, dataKey: 'label', tickFormatter: (label: string) => shorten(label, TICK_CHARS) };
  const height = horizontal ? rows.length * ROW_HEIGHT + 90 : 300;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={[...rows]}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 30, right: 40, bottom: 20, left: 10 }}
        accessibilityLayer={false}
        role="img"
        title={title}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis {...rateAxis} label={{ value: t('dashboard.axis.rate'), position: 'insideBottom', offset: -10 }} />
            <YAxis {...categoryAxis} width={130} label={{ value: categoryLabel, position: 'top', offset: 12 }} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} label={{ value: categoryLabel, position: 'insideBottom', offset: -10 }} />
            <YAxis {...rateAxis} label={{ value: t('dashboard.axis.rate'), angle: -90, position: 'insideLeft' }} />
          </>
        )}
        <Tooltip formatter={percent} />
        <Legend verticalAlign={horizontal ? 'bottom' : 'top'} />
        <Bar
          {...STILL}
          maxBarSize={64}
          dataKey="approvedRate"
          name={t('dashboard.series.approved')}
          stackId="rate"
          fill={CHART_COLORS.approved}
        />
        <Bar
          {...STILL}
          maxBarSize={64}
          dataKey="submittedRate"
          name={t('dashboard.series.submitted')}
          stackId="rate"
          fill={CHART_COLORS.submitted}
        >
          <LabelList dataKey="rate" position={horizontal ? 'right' : 'top'} formatter={percent} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
