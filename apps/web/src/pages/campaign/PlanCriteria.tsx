import type { Criterion, ParticipantGroup } from '@tdkt/domain';
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/i18n-context';

/** Each participant group with its criteria: the text, the target and its unit of measure for a KPI. */
export function PlanCriteria({ groups }: { groups: ParticipantGroup[] }) {
  const t = useT();
  const columns: TableColumnsType<Criterion> = [
    {
      title: t('campaign.doc.criterion'),
      key: 'text',
      render: (_, criterion) => (
        <>
          {criterion.text}
          {criterion.appliesTo === 'individual' && (
            <>
              {' '}
              <Tag>{t('campaign.doc.individual')}</Tag>
            </>
          )}
        </>
      ),
    },
    {
      title: t('campaign.doc.target'),
      key: 'target',
      className: 'nowrap',
      render: (_, criterion) =>
        criterion.kind === 'kpi'
          ? t(criterion.comparison === 'atMost' ? 'campaign.doc.atMost' : 'campaign.doc.atLeast', { target: criterion.target })
          : t('campaign.doc.qualitative'),
    },
    {
      title: t('campaign.doc.unitOfMeasure'),
      key: 'unit',
      render: (_, criterion) => (criterion.kind === 'kpi' ? criterion.unit : ''),
    },
  ];
  return (
    <>
      {groups.map((group) => (
        <div key={group.key} className="plan-doc__group">
          <Typography.Title level={5}>{group.label}</Typography.Title>
          <Table<Criterion> rowKey="key" size="small" columns={columns} dataSource={group.criteria} pagination={false} />
        </div>
      ))}
    </>
  );
}
