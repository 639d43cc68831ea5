import { Alert, Breadcrumb, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useAwardForms } from '../../api/award-queries';
import { useCampaign } from '../../api/queries';
import { awardsPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { PageLoading } from '../../layout/PageLoading';
import { DossierForm } from './DossierForm';
import { offeredForms } from './dossier-form';
import './awards.css';

/** A unit's nomination list (tờ trình) for one of the award forms the campaign's plan offers. */
export default function NewDossierPage() {
  const t = useT();
  const { campaignId = '' } = useParams();
  const campaign = useCampaign(campaignId);
  const forms = useAwardForms();

  const heading = (
    <Typography.Title level={2} id="new-dossier-heading">
      {t('awards.new.heading')}
    </Typography.Title>
  );
  if (campaign.isPending || forms.isPending) return <PageLoading />;
  if (campaign.isError || forms.isError)
    return (
      <section aria-labelledby="new-dossier-heading">
        {heading}
        <LoadFailed
          onRetry={() => {
            void campaign.refetch();
            void forms.refetch();
          }}
        />
      </section>
    );

  const offered = offeredForms(campaign.data.plan.awardForms, forms.data.items);
  return (
    <section aria-labelledby="new-dossier-heading" className="awards-page">
      <Breadcrumb
        aria-label={t('campaign.breadcrumb')}
        items={[
          { key: 'awards', title: <Link to={awardsPath(campaignId)}>{t('nav.awards')}</Link> },
          { key: 'campaign', title: <span aria-current="page">{campaign.data.title}</span> },
        ]}
      />
      {heading}
      <Typography.Paragraph type="secondary">{t('awards.new.intro')}</Typography.Paragraph>
      {offered.length ? (
        <DossierForm campaignId={campaignId} year={campaign.data.year} offered={offered} />
      ) : (
        <Alert type="info" showIcon message={t('awards.noForms')} />
      )}
    </section>
  );
}
