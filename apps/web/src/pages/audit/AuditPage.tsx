import { Empty, Typography } from 'antd';
import { useCampaigns, useMe } from '../../api/queries';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { CampaignAudit } from './CampaignAudit';
import { CampaignPicker } from '../campaign-choice/CampaignPicker';
import { useChosenCampaign } from '../campaign-choice/use-chosen-campaign';
import { mayOpenOperatorLinks } from './operator-links';
import './AuditPage.css';

/** Kiểm tra: a campaign's decision log within my scope, its exports, and the verification of the record. */
export default function AuditPage() {
  const t = useT();
  const [campaignId, choose] = useChosenCampaign();
  const campaigns = useCampaigns();
  const me = useMe();

  return (
    <section aria-labelledby="audit-heading" className="audit-page">
      <Typography.Title level={2} id="audit-heading">
        {t('audit.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      {campaigns.isError && <LoadFailed onRetry={() => void campaigns.refetch()} />}
      <CampaignPicker
        id="audit-campaign"
        label={t('audit.campaign')}
        placeholder={t('audit.campaignPlaceholder')}
        campaigns={campaigns.data?.items ?? []}
        loading={campaigns.isPending}
        value={campaignId}
        onChange={choose}
      />
      {campaignId ? (
        <CampaignAudit
          key={campaignId}
          campaignId={campaignId}
          ownUnitCode={me.data?.unit.code}
          mayOpenOperatorLinks={mayOpenOperatorLinks(me.data?.roles)}
        />
      ) : (
        <Empty description={t('audit.pickCampaign')} />
      )}
    </section>
  );
}
