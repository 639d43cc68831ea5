import { Typography } from 'antd';
import { useParams } from 'react-router';
import { PlanApprovalPanel } from '../../actions/PlanApprovalPanel';
import { useCampaign } from '../../api/queries';
import { useT } from '../../i18n/i18n-context';

/** A campaign: its plan as a document, its lifecycle with counts, progress per level. */
export default function CampaignPage() {
  const t = useT();
  const { campaignId = '' } = useParams();
  const campaign = useCampaign(campaignId);
  return (
    <section aria-labelledby="campaign-heading">
      <Typography.Title level={2} id="campaign-heading">
        {campaign.data?.title ?? t('nav.campaigns')}
      </Typography.Title>
      {campaign.data && <PlanApprovalPanel campaign={campaign.data} />}
    </section>
  );
}
