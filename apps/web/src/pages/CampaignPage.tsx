import { Alert, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useCampaigns } from '../api/queries';
import { useT } from '../i18n/i18n-context';

/** Where an inbox row is acted on. A placeholder in this slice: the campaign's title, and a way back. */
export default function CampaignPage() {
  const t = useT();
  const { campaignId } = useParams();
  const campaign = useCampaigns().data?.items.find((c) => c.id === campaignId);
  return (
    <section aria-labelledby="campaign-heading">
      <Typography.Title level={2} id="campaign-heading">
        {campaign?.title ?? t('campaign.heading')}
      </Typography.Title>
      <Alert type="info" showIcon message={t('campaign.placeholder')} />
      <p>
        <Link to="/phong-trao">{t('campaign.back')}</Link>
      </p>
    </section>
  );
}
