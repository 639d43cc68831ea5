import { Empty, Table, Typography, type TableColumnsType } from 'antd';
import type { DashboardLateUnit } from '../../api/dashboard-queries';
import { useT } from '../../i18n/i18n-context';

interface Props {
  units: readonly DashboardLateUnit[];
  /** How many units are late in all; the table lists the most late of them. */
  count: number;
  levelNames: ReadonlyMap<string, string>;
}

/** The units with the most overdue obligations, most first, with their names. */
export function LateUnitsTable({ units, count, levelNames }: Props) {
  const t = useT();
  const columns: TableColumnsType<DashboardLateUnit & { rank: number }> = [
    { title: t('dashboard.column.rank'), dataIndex: 'rank', width: 64 },
    {
      title: t('dashboard.column.unit'),
      key: 'unit',
      render: (_, unit) => (
        <>
          <div>{unit.unitName ?? unit.unitCode}</div>
          <Typography.Text type="secondary" className="dashboard-unit-code">
            {unit.unitCode}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('dashboard.column.level'),
      dataIndex: 'levelCode',
      responsive: ['sm'],
      render: (code: string) => levelNames.get(code) ?? code,
    },
    { title: t('dashboard.column.late'), dataIndex: 'late', align: 'right' },
    { title: t('dashboard.column.total'), dataIndex: 'total', align: 'right', responsive: ['sm'] },
  ];
  return (
    <section aria-labelledby="dashboard-late-units-heading" className="dashboard-section" data-testid="dashboard-late-units">
      <Typography.Title level={3} id="dashboard-late-units-heading">
        {t('dashboard.lateUnits.heading')}
      </Typography.Title>
      {count > 0 && <Typography.Paragraph>{t('dashboard.lateUnits.count', { count, shown: units.length })}</Typography.Paragraph>}
      <Table
        rowKey="unitCode"
        size="small"
        columns={columns}
        dataSource={units.map((unit, index) => ({ ...unit, rank: index + 1 }))}
        pagination={false}
        locale={{ emptyText: <Empty description={t('dashboard.lateUnits.empty')} /> }}
        scroll={{ x: true }}
      />
    </section>
  );
}
