import type { AwardForm } from '@tdkt/domain';
import { Table, type TableColumnsType } from 'antd';
import { useT } from '../../i18n/i18n-context';

/** The award forms the plan offers, who decides each, for whom, and to what standard. */
export function PlanAwards({ awards }: { awards: AwardForm[] }) {
  const t = useT();
  const columns: TableColumnsType<AwardForm> = [
    { title: t('campaign.doc.award.name'), dataIndex: 'name', key: 'name' },
    { title: t('campaign.doc.award.decidedBy'), key: 'decidedBy', render: (_, award) => award.decidedBy.title },
    {
      title: t('campaign.doc.award.for'),
      key: 'for',
      render: (_, award) =>
        [award.forCollective && t('campaign.doc.collective'), award.forIndividual && t('campaign.doc.individual')]
          .filter(Boolean)
          .join(', '),
    },
    {
      title: t('campaign.doc.award.standards'),
      key: 'standards',
      render: (_, award) => (
        <>
          {award.standards}
          {award.quotaPerUnit !== undefined && <div>{t('campaign.doc.award.quota', { quota: award.quotaPerUnit })}</div>}
        </>
      ),
    },
  ];
  return <Table<AwardForm> rowKey="key" size="small" columns={columns} dataSource={awards} pagination={false} />;
}
