import { Empty, Progress, Table, Typography, type TableColumnsType } from 'antd';
import type { ProgressSummary, StatusCounts } from '../../api/queries';
import { useI18n } from '../../i18n/i18n-context';
import { levelLabel, stateLabel } from './labels';
import { PHASE_STATES, phaseStateCounts, reportingRate } from './phase-states';

interface LevelRow {
  levelCode: string;
  counts: StatusCounts;
}

/** Counts per level over all phases, with the share already reported: the table a leader compares levels by. */
export function ProgressByLevel({ progress, levelOrder }: { progress: ProgressSummary | undefined; levelOrder: readonly string[] }) {
  const { t, language } = useI18n();
  const percent = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
  const rank = (code: string) => (levelOrder.includes(code) ? levelOrder.indexOf(code) : levelOrder.length);
  const rows: LevelRow[] = Object.entries(progress?.byLevel ?? {})
    .map(([levelCode, counts]) => ({ levelCode, counts }))
    .sort((a, b) => rank(a.levelCode) - rank(b.levelCode) || a.levelCode.localeCompare(b.levelCode));

  const columns: TableColumnsType<LevelRow> = [
    { title: t('campaign.byLevel.column.level'), key: 'level', render: (_, row) => levelLabel(t, row.levelCode) },
    { title: t('campaign.byLevel.column.total'), key: 'total', align: 'right', render: (_, row) => row.counts.total },
    ...PHASE_STATES.map((state) => ({
      title: stateLabel(t, state),
      key: state,
      align: 'right' as const,
      // A phone keeps the level, its total and its rate; the counts are on the phase cards above.
      responsive: (['md'] as const).slice(),
      render: (_: unknown, row: LevelRow) => phaseStateCounts(row.counts)[state],
    })),
    {
      title: t('campaign.byLevel.column.rate'),
      key: 'rate',
      render: (_, row) => {
        const rate = reportingRate(row.counts);
        if (rate === null) return <Typography.Text type="secondary">{t('campaign.byLevel.noRate')}</Typography.Text>;
        const text = percent.format(rate);
        return (
          <div className="level-rate" data-testid={`level-rate-${row.levelCode}`}>
            <span className="level-rate__text">{text}</span>
            <Progress percent={Math.round(rate * 100)} showInfo={false} size="small" aria-label={text} className="level-rate__bar" />
          </div>
        );
      },
    },
  ];

  return (
    <section aria-labelledby="by-level-heading" className="campaign-section">
      <Typography.Title level={3} id="by-level-heading">
        {t('campaign.byLevel.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('campaign.byLevel.intro')}</Typography.Paragraph>
      <Table<LevelRow>
        rowKey="levelCode"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={t('campaign.byLevel.empty')} /> }}
      />
    </section>
  );
}
