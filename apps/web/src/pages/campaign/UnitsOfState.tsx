import type { Phase } from '@tdkt/domain';
import { Button, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { useUnitProgress, type CampaignDetail, type UnitProgress } from '../../api/queries';
import { obligationPath, unitPath } from '../../app/paths';
import { formatDate } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { DueCell } from '../DueCell';
import { levelLabel, obligationLabel, ObligationStatusTag, stateLabel } from './labels';
import { filtersOfState, type PhaseState } from './phase-states';
import { plannedPhases } from './plan-document';
import { UnitName } from './UnitName';

export interface UnitsOfStateProps {
  campaign: CampaignDetail;
  phase: Phase;
  state: PhaseState;
  onClose(): void;
}

const byTreeOrder = (a: UnitProgress, b: UnitProgress) =>
  a.unitPath.localeCompare(b.unitPath) || a.obligationKey.localeCompare(b.obligationKey);
const dateOf = (instant: string | null) => (instant ? formatDate(new Date(instant)) : '');

/** The units counted in one state of one phase, in tree order, each leading to its page and to the obligation. */
export function UnitsOfState({ campaign, phase, state, onClose }: UnitsOfStateProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [first, second] = filtersOfState(phase.key, state);
  // "Not sent" is two statuses and the API filters on one: two lists, joined. Other states ask once (the second call
  // repeats the first's key, which react-query answers from the same request).
  const firstList = useUnitProgress(campaign.id, first);
  const secondList = useUnitProgress(campaign.id, second ?? first);
  const lists = second ? [firstList, secondList] : [firstList];
  const firstItems = firstList.data?.items;
  const secondItems = second ? secondList.data?.items : undefined;
  const rows = useMemo(() => [...(firstItems ?? []), ...(secondItems ?? [])].sort(byTreeOrder), [firstItems, secondItems]);
  const phases = useMemo(() => new Map(plannedPhases(campaign.plan).map((entry) => [entry.phase.key, entry.phase])), [campaign.plan]);
  const now = new Date(firstList.dataUpdatedAt);

  // The list appears below the diagram: take the keyboard and the screen reader there.
  useEffect(() => heading.current?.focus(), []);

  const columns: TableColumnsType<UnitProgress> = [
    {
      title: t('campaign.units.column.unit'),
      key: 'unit',
      render: (_, row) => (
        <Link to={unitPath(campaign.id, row.unitCode)}>
          <UnitName code={row.unitCode} path={row.unitPath} />
        </Link>
      ),
    },
    { title: t('campaign.units.column.level'), key: 'level', responsive: ['md'], render: (_, row) => levelLabel(t, row.levelCode) },
    {
      title: t('campaign.units.column.obligation'),
      key: 'obligation',
      render: (_, row) => (
        <Link to={obligationPath(campaign.id, row.unitCode, row.obligationKey)}>
          {obligationLabel(t, phases, row.phaseKey, row.obligationKey)}
        </Link>
      ),
    },
    { title: t('campaign.units.column.status'), key: 'status', render: (_, row) => <ObligationStatusTag status={row.status} /> },
    { title: t('campaign.units.column.due'), key: 'due', responsive: ['sm'], render: (_, row) => <DueCell dueAt={row.dueAt} now={now} /> },
    { title: t('campaign.units.column.submittedAt'), key: 'submittedAt', responsive: ['lg'], render: (_, row) => dateOf(row.submittedAt) },
    { title: t('campaign.units.column.approvedAt'), key: 'approvedAt', responsive: ['lg'], render: (_, row) => dateOf(row.approvedAt) },
  ];

  return (
    <section aria-labelledby="units-of-state-heading" className="units-of-state" data-testid="units-of-state">
      <div className="units-of-state__head">
        <Typography.Title level={4} id="units-of-state-heading" ref={heading} tabIndex={-1}>
          {t('campaign.units.heading', { state: stateLabel(t, state), phase: phase.name })}
        </Typography.Title>
        <Button onClick={onClose}>{t('campaign.units.close')}</Button>
      </div>
      {lists.some((list) => list.isError) && <LoadFailed onRetry={() => lists.forEach((list) => void list.refetch())} />}
      <Typography.Paragraph type="secondary">{t('campaign.units.count', { count: rows.length })}</Typography.Paragraph>
      <Table<UnitProgress>
        rowKey={(row) => `${row.unitCode}/${row.obligationKey}`}
        size="small"
        columns={columns}
        dataSource={rows}
        loading={lists.some((list) => list.isPending)}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('campaign.units.empty')} /> }}
      />
    </section>
  );
}
