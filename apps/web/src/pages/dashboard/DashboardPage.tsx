import { Empty, Typography } from 'antd';
import { useCampaigns } from '../../api/queries';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { CampaignPicker } from '../campaign-choice/CampaignPicker';
import { useChosenCampaign } from '../campaign-choice/use-chosen-campaign';
import { CampaignDashboard } from './CampaignDashboard';
import { defaultCampaignId } from './default-campaign';
import './DashboardPage.css';

/** Tổng quan: the chosen campaign's figures (the newest running one unless another is chosen), within my scope. */
export default function DashboardPage() {
  const t = useT();
  const [chosen, choose] = useChosenCampaign();
  const campaigns = useCampaigns();
  const campaignId = chosen ?? defaultCampaignId(campaigns.data?.items ?? []);

  return (
    <section aria-labelledby="dashboard-heading" className="dashboard-page">
      <Typography.Title level={2} id="dashboard-heading">
        {t('dashboard.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('dashboard.intro')}</Typography.Paragraph>
      {campaigns.isError && <LoadFailed onRetry={() => void campaigns.refetch()} />}
      <CampaignPicker
        id="dashboard-campaign"
        label={t('dashboard.campaign')}
        placeholder={t('dashboard.campaignPlaceholder')}
        campaigns={campaigns.data?.items ?? []}
        loading={campaigns.isPending}
        value={campaignId}
        onChange={choose}
      />
      {campaignId ? (
        <CampaignDashboard key={campaignId} campaignId={campaignId} />
      ) : (
        campaigns.isSuccess && <Empty description={t('dashboard.noCampaign')} />
      )}
    </section>
  );
}
