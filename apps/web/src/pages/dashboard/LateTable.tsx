import { Table, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { RateRow } from './reporting-rates';

function Counts({ rows, categoryLabel }: { rows: readonly RateRow[]; categoryLabel: string }) {
  const t = useT();
  const columns: TableColumnsType<RateRow> = [
    { title: categoryLabel, dataIndex: 'label' },
    { title: t('dashboard.column.late'), dataIndex: 'late', align: 'right' },
    { title: t('dashboard.column.total'), dataIndex: 'total', align: 'right' },
  ];
  return <Table<RateRow> rowKey="key" size="small" columns={columns} dataSource={[...rows]} pagination={false} scroll={{ x: true }} />;
}

/** The numbers behind the overdue charts: per level, then per phase. */
export function LateTable({ byLevel, byPhase }: { byLevel: readonly RateRow[]; byPhase: readonly RateRow[] }) {
  const t = useT();
  return (
    <div className="dashboard-late">
      <Counts rows={byLevel} categoryLabel={t('dashboard.column.level')} />
      <Counts rows={byPhase} categoryLabel={t('dashboard.column.phase')} />
    </div>
  );
}
