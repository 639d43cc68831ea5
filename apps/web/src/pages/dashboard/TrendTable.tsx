import { Table, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { DailyPoint } from './daily-series';

/** The numbers behind the trend chart, one row per day. */
export function TrendTable({ points }: { points: readonly DailyPoint[] }) {
  const t = useT();
  const columns: TableColumnsType<DailyPoint> = [
    { title: t('dashboard.column.day'), dataIndex: 'label' },
    { title: t('dashboard.column.sent'), dataIndex: 'submitted', align: 'right' },
    { title: t('dashboard.column.approvedOnDay'), dataIndex: 'approved', align: 'right' },
  ];
  return (
    <Table<DailyPoint>
      rowKey="day"
      size="small"
      columns={columns}
      dataSource={[...points]}
      pagination={{ pageSize: 31, hideOnSinglePage: true }}
      scroll={{ x: true }}
    />
  );
}
