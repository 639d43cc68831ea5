import { Alert, Breadcrumb, Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useAwardDossier } from '../../api/award-queries';
import { ApiError } from '../../api/client';
import { awardsPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { PageLoading } from '../../layout/PageLoading';
import { DossierActions } from './DossierActions';
import {
  DossierCouncil,
  DossierDocuments,
  DossierFacts,
  DossierNames,
  DossierObjections,
  DossierRecord,
  DossierRoute,
} from './DossierSections';
import './awards.css';

const cardTitle = (text: string) => (
  <Typography.Title level={3} className="dossier-page__card-title">
    {text}
  </Typography.Title>
);

/** Answers that mean the official may not open this dossier, or there is none: said so, rather than "try again". */
const UNAVAILABLE = [400, 403, 404];

/**
 * One award dossier, where an inbox task on it opens: the list, its route and where it stands, each name's outcome, the
 * actions the official may take now, the council, the objections, the signed documents and the record.
 */
export default function DossierPage() {
  const t = useT();
  const { dossierId = '' } = useParams();
  const dossier = useAwardDossier(dossierId);

  const frame = (title: string, content: ReactNode) => (
    <section aria-labelledby="dossier-heading" className="awards-page">
      <Breadcrumb
        aria-label={t('campaign.breadcrumb')}
        items={[
          { key: 'awards', title: <Link to={awardsPath(dossier.data?.campaignId)}>{t('nav.awards')}</Link> },
          { key: 'dossier', title: <span aria-current="page">{title}</span> },
        ]}
      />
      <Typography.Title level={2} id="dossier-heading">
        {title}
      </Typography.Title>
      {content}
    </section>
  );

  if (dossier.isPending) return <PageLoading />;
  if (dossier.isError)
    return frame(
      t('awards.heading'),
      dossier.error instanceof ApiError && UNAVAILABLE.includes(dossier.error.status) ? (
        <Alert type="warning" showIcon message={t('awards.dossier.unavailable')} />
      ) : (
        <LoadFailed onRetry={() => void dossier.refetch()} />
      ),
    );

  const data = dossier.data;
  const step = data.route[data.stepIndex];
  const councilShown = !!data.council || (step?.kind === 'council' && data.status === 'in_progress');
  const objectionsShown = data.objections.length > 0;
  return frame(
    data.awardName,
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <DossierFacts dossier={data} />
      <Card title={cardTitle(t('awards.card.yours'))}>
        <DossierActions dossier={data} />
      </Card>
      <Card title={cardTitle(t('awards.card.route'))}>
        <DossierRoute dossier={data} />
      </Card>
      <Card title={cardTitle(t('awards.card.names'))}>
        <DossierNames dossier={data} />
      </Card>
      {councilShown && (
        <Card title={cardTitle(t('awards.card.council'))}>
          <DossierCouncil dossier={data} />
        </Card>
      )}
      {objectionsShown && (
        <Card title={cardTitle(t('awards.card.objections'))}>
          <DossierObjections dossier={data} />
        </Card>
      )}
      {data.decision && (
        <Card title={cardTitle(t('awards.card.documents'))}>
          <DossierDocuments dossier={data} />
        </Card>
      )}
      <Card title={cardTitle(t('awards.card.record'))}>
        <DossierRecord dossier={data} />
      </Card>
    </Space>,
  );
}
