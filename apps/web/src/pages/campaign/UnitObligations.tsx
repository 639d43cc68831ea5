import type { KpiCriterion, PlanDefinition } from '@tdkt/domain';
import { Empty, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { UnitProgress } from '../../api/queries';
import { obligationPath } from '../../app/paths';
import { formatDate } from '../../format/vietnam-time';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { DueCell } from '../DueCell';
import { obligationLabel, ObligationStatusTag } from './labels';
import { plannedPhases } from './plan-document';

const dateOf = (instant: string | null) => (instant ? formatDate(new Date(instant)) : '');

/**
 * The unit's obligations in the campaign, in plan order, each leading to its page. KPI values are named after the
 * plan's criteria (a key shared by several groups names the same measure).
 */
export function UnitObligations({
  campaignId,
  plan,
  obligations,
  loading,
  now,
}: {
  campaignId: string;
  plan: PlanDefinition;
  obligations: UnitProgress[];
  loading: boolean;
  /** When the obligations were read: "còn 3 ngày" is counted from then. */
  now: Date;
}) {
  const { t, language } = useI18n();
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB');
  const phases = useMemo(() => plannedPhases(plan), [plan]);
  const phaseByKey = useMemo(() => new Map(phases.map(({ phase }) => [phase.key, phase])), [phases]);
  const order = useMemo(() => new Map(phases.map(({ phase }, i) => [phase.key, i])), [phases]);
  const kpis = useMemo(() => {
    const found = new Map<string, KpiCriterion>();
    for (const criterion of plan.participantGroups.flatMap((group) => group.criteria))
      if (criterion.kind === 'kpi' && !found.has(criterion.key)) found.set(criterion.key, criterion);
    return found;
  }, [plan]);
  const rows = [...obligations].sort(
    (a, b) =>
      (order.get(a.phaseKey) ?? 0) - (order.get(b.phaseKey) ?? 0) ||
      a.obligationKey.localeCompare(b.obligationKey, 'en', { numeric: true }),
  );

  const columns: TableColumnsType<UnitProgress> = [
    {
      title: t('campaign.units.column.obligation'),
      key: 'obligation',
      render: (_, row) => (
        <>
          <Link to={obligationPath(campaignId, row.unitCode, row.obligationKey)}>
            {obligationLabel(t, phaseByKey, row.phaseKey, row.obligationKey)}
          </Link>
          <div>
            <Typography.Text type="secondary">{t(`kind.${row.kind}` as MessageKey)}</Typography.Text>
          </div>
        </>
      ),
    },
    { title: t('campaign.units.column.status'), key: 'status', render: (_, row) => <ObligationStatusTag status={row.status} /> },
    { title: t('campaign.units.column.due'), key: 'due', render: (_, row) => <DueCell dueAt={row.dueAt} now={now} /> },
    { title: t('campaign.units.column.submittedAt'), key: 'submittedAt', responsive: ['md'], render: (_, row) => dateOf(row.submittedAt) },
    { title: t('campaign.units.column.approvedAt'), key: 'approvedAt', responsive: ['md'], render: (_, row) => dateOf(row.approvedAt) },
    {
      title: t('campaign.units.column.kpi'),
      key: 'kpi',
      responsive: ['lg'],
      render: (_, row) => {
        const values = Object.entries(row.kpiValues ?? {});
        if (!values.length) return null;
        return (
          <ul className="plan-doc__list">
            {values.map(([key, value]) => {
              const criterion = kpis.get(key);
              return (
                <li key={key}>
                  {criterion?.text ?? key}: <strong>{number.format(value)}</strong>
                  {criterion && ` ${criterion.unit}`}
                </li>
              );
            })}
          </ul>
        );
      },
    },
  ];

  return (
    <section aria-labelledby="unit-obligations-heading" className="campaign-section">
      <Typography.Title level={3} id="unit-obligations-heading">
        {t('campaign.unit.obligations')}
      </Typography.Title>
      <Table<UnitProgress>
        rowKey="obligationKey"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('campaign.unit.noObligations')} /> }}
        data-testid="unit-obligations"
      />
    </section>
  );
}
