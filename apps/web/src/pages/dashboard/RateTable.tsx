import { Table, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { RateRow } from './reporting-rates';

/** The numbers behind a rate chart, one row per level or phase. */
export function RateTable({ rows, categoryLabel }: { rows: readonly RateRow[]; categoryLabel: string }) {
  const t = useT();
  const percent = (value: number) => t('dashboard.percent', { value });
  const columns: TableColumnsType<RateRow> = [
    { title: categoryLabel, dataIndex: 'label' },
    { title: t('dashboard.column.total'), dataIndex: 'total', align: 'right' },
    { title: t('dashboard.column.approved'), dataIndex: 'approved', align: 'right' },
    { title: t('dashboard.column.submitted'), dataIndex: 'submitted', align: 'right' },
    { title: t('dashboard.column.rate'), dataIndex: 'rate', align: 'right', render: percent },
    { title: t('dashboard.column.late'), dataIndex: 'late', align: 'right' },
  ];
  return <Table<RateRow> rowKey="key" size="small" columns={columns} dataSource={[...rows]} pagination={false} scroll={{ x: true }} />;
}
