import { Alert, Breadcrumb, Card, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { pendingExtension, returnToAnswer } from '../../actions/obligation-steps';
import { useObligationHistory } from '../../api/action-queries';
import { useCampaign, useMe, useUnitProgress } from '../../api/queries';
import { campaignPath, PATHS, unitPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { PageLoading } from '../../layout/PageLoading';
import { ObligationActions } from './ObligationActions';
import { ObligationFacts } from './ObligationFacts';
import { ObligationNotices } from './ObligationNotices';
import { ObligationTimeline } from './ObligationTimeline';
import { nameMessage } from './obligation-labels';
import { obligationName } from './obligation-title';
import { SentContent } from './SentContent';

const cardTitle = (text: string) => (
  <Typography.Title level={3} style={{ margin: 0, fontSize: 18 }}>
    {text}
  </Typography.Title>
);

/**
 * One obligation of one unit, where an inbox task opens: what it is and by when, what the unit sent, who did what,
 * and the actions the signed-in official may take now (send, approve or return, ask for or decide on more time).
 */
export default function ObligationPage() {
  const t = useT();
  const { campaignId = '', unitCode = '', obligationKey = '' } = useParams();
  const target = { campaignId, unitCode, obligationKey };
  const campaign = useCampaign(campaignId);
  const progress = useUnitProgress(campaignId, { unitCode });
  const history = useObligationHistory(target);
  const me = useMe();

  if (campaign.isPending || progress.isPending) return <PageLoading />;
  if (campaign.isError || progress.isError)
    return (
      <LoadFailed
        onRetry={() => {
          void campaign.refetch();
          void progress.refetch();
        }}
      />
    );

  const obligation = progress.data.items.find((o) => o.obligationKey === obligationKey);
  const plan = campaign.data.plan;
  const steps = history.data?.items ?? [];
  const extension = pendingExtension(steps);
  const title = obligation ? t(...nameMessage(obligationName(plan, { phaseKey: obligation.phaseKey, obligationKey }))) : obligationKey;

  return (
    <section aria-labelledby="obligation-heading">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { key: 'campaigns', title: <Link to={PATHS.campaigns}>{t('nav.campaigns')}</Link> },
          { key: 'campaign', title: <Link to={campaignPath(campaignId)}>{campaign.data.title}</Link> },
          { key: 'unit', title: <Link to={unitPath(campaignId, unitCode)}>{unitCode}</Link> },
        ]}
      />
      <Typography.Title level={2} id="obligation-heading">
        {title}
      </Typography.Title>
      {!obligation ? (
        <Alert type="warning" showIcon message={t('actions.obligation.notFound', { unit: unitCode })} />
      ) : (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <ObligationFacts campaign={campaign.data} obligation={obligation} now={new Date(progress.dataUpdatedAt)} />
          <ObligationNotices returned={obligation.status === 'returned' ? returnToAnswer(steps) : null} extension={extension} />
          <Card title={cardTitle(t('actions.card.yours'))}>
            {me.data && history.isSuccess ? (
              <ObligationActions
                target={target}
                obligation={obligation}
                plan={plan}
                official={{ unitCode: me.data.unit.code, roles: me.data.roles.map((role) => role.code) }}
                extension={extension}
              />
            ) : history.isError ? (
              <LoadFailed onRetry={() => void history.refetch()} />
            ) : (
              <PageLoading />
            )}
          </Card>
          <Card title={cardTitle(t('actions.card.sent'))}>
            <SentContent content={obligation.content} unitCode={unitCode} levelCode={obligation.levelCode} plan={plan} />
          </Card>
          <Card title={cardTitle(t('actions.card.history'))}>
            {history.isError ? <LoadFailed onRetry={() => void history.refetch()} /> : <ObligationTimeline steps={steps} />}
          </Card>
        </Space>
      )}
    </section>
  );
}
