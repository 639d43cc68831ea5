import { Alert, Empty, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useDashboard } from '../../api/dashboard-queries';
import { useProgress } from '../../api/queries';
import { formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { PageLoading } from '../../layout/PageLoading';
import { ChartFigure } from './ChartFigure';
import { dailySeries } from './daily-series';
import { LateChart } from './LateChart';
import { LateTable } from './LateTable';
import { LateUnitsTable } from './LateUnitsTable';
import { RateChart } from './RateChart';
import { RateTable } from './RateTable';
import { overall, rateRows } from './reporting-rates';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';

/** How many of the most late units the dashboard lists. */
const TOP_LATE_UNITS = 10;

/** One campaign's figures within my scope: key numbers, reporting rates, overdue work, activity per day, the latest units. */
export function CampaignDashboard({ campaignId }: { campaignId: string }) {
  const t = useT();
  const progress = useProgress(campaignId);
  const dashboard = useDashboard(campaignId, TOP_LATE_UNITS);

  const figures = useMemo(() => {
    if (!progress.data || !dashboard.data) return null;
    const levels = dashboard.data.levels.map((l) => ({ key: l.code, label: l.name }));
    const phases = dashboard.data.phases.map((p) => ({ key: p.key, label: p.name }));
    return {
      byLevel: rateRows(progress.data.byLevel, levels),
      byPhase: rateRows(progress.data.byPhase, phases),
      total: overall(progress.data.byLevel),
      days: dailySeries(dashboard.data.daily),
      levelNames: new Map(dashboard.data.levels.map((l) => [l.code, l.name ?? l.code])),
    };
  }, [progress.data, dashboard.data]);

  if (progress.isError || dashboard.isError)
    return (
      <LoadFailed
        onRetry={() => {
          void progress.refetch();
          void dashboard.refetch();
        }}
      />
    );
  if (!figures || !dashboard.data) return <PageLoading />;
  if (figures.total.total === 0) return <Empty description={t('dashboard.empty')} />;

  return (
    <div className="campaign-dashboard">
      <Typography.Paragraph type="secondary" data-testid="dashboard-as-of">
        {t('dashboard.asOf', { time: formatDateTime(new Date(dashboard.data.asOf)) })}
      </Typography.Paragraph>
      <ul className="dashboard-stats" aria-label={t('dashboard.stat.label')} data-testid="dashboard-stats">
        <li>
          <Statistic title={t('dashboard.stat.obligations')} value={figures.total.total} />
        </li>
        <li>
          <Statistic title={t('dashboard.stat.reported')} value={figures.total.reported} />
        </li>
        <li>
          <Statistic title={t('dashboard.stat.rate')} value={t('dashboard.percent', { value: figures.total.rate })} />
        </li>
        <li>
          <Statistic title={t('dashboard.stat.late')} value={figures.total.late} />
        </li>
        <li>
          <Statistic title={t('dashboard.stat.lateUnits')} value={dashboard.data.lateUnitCount} />
        </li>
      </ul>

      <ChartFigure
        id="dashboard-by-level"
        heading={t('dashboard.byLevel.heading')}
        description={t('dashboard.byLevel.description')}
        chart={<RateChart rows={figures.byLevel} title={t('dashboard.byLevel.heading')} categoryLabel={t('dashboard.axis.level')} />}
        table={<RateTable rows={figures.byLevel} categoryLabel={t('dashboard.column.level')} />}
      />
      <ChartFigure
        id="dashboard-by-phase"
        heading={t('dashboard.byPhase.heading')}
        description={t('dashboard.byPhase.description')}
        chart={
          <RateChart rows={figures.byPhase} title={t('dashboard.byPhase.heading')} categoryLabel={t('dashboard.axis.phase')} horizontal />
        }
        table={<RateTable rows={figures.byPhase} categoryLabel={t('dashboard.column.phase')} />}
      />
      <ChartFigure
        id="dashboard-late"
        heading={t('dashboard.late.heading')}
        description={figures.total.late ? t('dashboard.late.description') : t('dashboard.late.none')}
        chart={<LateChart byLevel={figures.byLevel} byPhase={figures.byPhase} />}
        table={<LateTable byLevel={figures.byLevel} byPhase={figures.byPhase} />}
      />
      <ChartFigure
        id="dashboard-trend"
        heading={t('dashboard.trend.heading')}
        description={t('dashboard.trend.description')}
        chart={
          figures.days.length ? (
            <TrendChart points={figures.days} title={t('dashboard.trend.heading')} />
          ) : (
            <Alert type="info" message={t('dashboard.trend.empty')} />
          )
        }
        table={<TrendTable points={figures.days} />}
      />
      <LateUnitsTable units={dashboard.data.lateUnits} count={dashboard.data.lateUnitCount} levelNames={figures.levelNames} />
    </div>
  );
}
