import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { CampaignDetail } from '../../api/queries';
import { campaignPath, unitPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { ObligationStatusTag } from './labels';

type LowerCampaign = CampaignDetail['implementedBy'][number];
type LocalPlan = CampaignDetail['localPlans'][number];

/** How the plan went down the tree: lower bodies' own campaigns implementing it, and the plans units reported at launch. */
export function LowerPlans({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const campaignColumns: TableColumnsType<LowerCampaign> = [
    {
      title: t('campaigns.column.title'),
      key: 'title',
      render: (_, lower) => <Link to={campaignPath(lower.id)}>{lower.title}</Link>,
    },
    { title: t('campaigns.column.planNumber'), dataIndex: 'planNumber', key: 'planNumber' },
    { title: t('campaigns.column.issuer'), dataIndex: 'issuerUnitCode', key: 'issuer', responsive: ['md'] },
    {
      title: t('campaigns.column.status'),
      key: 'status',
      render: (_, lower) => <Tag>{t(`status.${lower.status}` as MessageKey)}</Tag>,
    },
  ];
  const planColumns: TableColumnsType<LocalPlan> = [
    {
      title: t('campaign.units.column.unit'),
      key: 'unit',
      render: (_, plan) => <Link to={unitPath(campaign.id, plan.unitCode)}>{plan.unitCode}</Link>,
    },
    { title: t('campaigns.column.planNumber'), dataIndex: 'reference', key: 'reference' },
    {
      title: t('campaign.lower.column.launch'),
      key: 'status',
      render: (_, plan) => <ObligationStatusTag status={plan.status} />,
    },
  ];
  return (
    <>
      <section aria-labelledby="lower-campaigns-heading" className="campaign-section">
        <Typography.Title level={3} id="lower-campaigns-heading">
          {t('campaign.lower.implementedBy')}
        </Typography.Title>
        <Table<LowerCampaign>
          rowKey="id"
          size="small"
          columns={campaignColumns}
          dataSource={campaign.implementedBy}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('campaign.lower.noCampaigns')} /> }}
        />
      </section>
      <section aria-labelledby="local-plans-heading" className="campaign-section">
        <Typography.Title level={3} id="local-plans-heading">
          {t('campaign.lower.localPlans')}
        </Typography.Title>
        <Table<LocalPlan>
          rowKey="unitCode"
          size="small"
          columns={planColumns}
          dataSource={campaign.localPlans}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('campaign.lower.noPlans')} /> }}
        />
      </section>
    </>
  );
}
