import { useQueryClient } from '@tanstack/react-query';
import { Breadcrumb, Descriptions, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { PlanApprovalPanel } from '../../actions/PlanApprovalPanel';
import { useCampaignSchedule } from '../../api/campaign-queries';
import { useCampaign, useMe, useProgress } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { formatDate } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { LoadFailed } from '../../layout/LoadFailed';
import { PageLoading } from '../../layout/PageLoading';
import './campaign.css';
import { LifecycleDiagram } from './LifecycleDiagram';
import { LowerPlans } from './LowerPlans';
import { PlanDocument } from './PlanDocument';
import { ProgressByLevel } from './ProgressByLevel';
import { readsBelow } from './unit-scope';
import { UnitTree } from './UnitTree';

const STATUS_COLORS: Record<string, string> = {
  in_approval: 'gold',
  rejected: 'red',
  issued: 'blue',
  running: 'green',
  suspended: 'orange',
};
/** A campaign with no units at work yet opens on its plan; one under way, on its progress. */
const BEFORE_ISSUE = ['in_approval', 'rejected', 'expired'];

/** A campaign: its plan as a document, its lifecycle with counts, progress per level, the drill-down to a unit. */
export default function CampaignPage() {
  const t = useT();
  const { campaignId = '' } = useParams();
  const campaign = useCampaign(campaignId);
  const progress = useProgress(campaignId);
  const schedule = useCampaignSchedule(campaignId);
  const me = useMe();
  const queryClient = useQueryClient();

  // When the counts move (react-query keeps the same object while they do not), the lists of units opened from them
  // and the campaign's own record (the units' plans come with their launches) are read again with them.
  const countsBefore = useRef(progress.data);
  useEffect(() => {
    const before = countsBefore.current;
    countsBefore.current = progress.data;
    if (!before || !progress.data || before === progress.data) return;
    void queryClient.invalidateQueries({ queryKey: ['campaign', campaignId, 'units'] });
    void queryClient.invalidateQueries({ queryKey: ['campaign', campaignId], exact: true });
  }, [progress.data, campaignId, queryClient]);

  const levelOrder = useMemo(
    () => [...new Set(schedule.data?.phases.flatMap((phase) => phase.levels.map((level) => level.levelCode)) ?? [])],
    [schedule.data],
  );

  if (campaign.isPending) return <PageLoading />;
  if (campaign.isError)
    return (
      <section aria-labelledby="campaign-heading">
        <Typography.Title level={2} id="campaign-heading">
          {t('campaign.heading')}
        </Typography.Title>
        <LoadFailed onRetry={() => void campaign.refetch()} />
      </section>
    );

  const detail = campaign.data;
  const issuer = schedule.data?.issuer;
  // The drill-down starts from the official's own unit, or from the issuer when the official sits above it.
  const issuerBelowMe = !!me.data && !!issuer && issuer.code !== me.data.unit.code && issuer.path.includes(`/${me.data.unit.code}/`);
  const treeRoot = me.data && (issuerBelowMe && readsBelow(me.data) ? detail.issuerUnitCode : me.data.unit.code);

  const progressTab = (
    <>
      {progress.isError && <LoadFailed onRetry={() => void progress.refetch()} />}
      <LifecycleDiagram
        campaign={detail}
        schedule={schedule.data}
        progress={progress.data}
        progressUpdatedAt={progress.dataUpdatedAt}
        refreshing={progress.isFetching}
        onRefresh={() => void progress.refetch()}
      />
      <ProgressByLevel progress={progress.data} levelOrder={levelOrder} />
      {treeRoot && me.data && <UnitTree campaignId={detail.id} rootCode={treeRoot} readsBelow={readsBelow(me.data)} />}
    </>
  );

  return (
    <section aria-labelledby="campaign-heading" className="campaign-page">
      <Breadcrumb
        aria-label={t('campaign.breadcrumb')}
        items={[
          { title: <Link to={PATHS.campaigns}>{t('campaign.back')}</Link> },
          { title: <span aria-current="page">{detail.planNumber ?? detail.title}</span> },
        ]}
      />
      <Typography.Title level={2} id="campaign-heading" className="campaign-page__title">
        {detail.title}
      </Typography.Title>
      <Space wrap className="campaign-page__tags">
        <Tag color={STATUS_COLORS[detail.status]} data-testid="campaign-page-status">
          {t(`status.${detail.status}` as MessageKey)}
        </Tag>
        {detail.planVersion > 1 && <Tag>{t('campaign.planVersion', { version: detail.planVersion - 1 })}</Tag>}
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 3 }}
        className="campaign-page__facts"
        items={[
          { key: 'number', label: t('campaign.meta.planNumber'), children: detail.planNumber ?? t('campaign.meta.notIssued') },
          {
            key: 'issuedAt',
            label: t('campaign.meta.issuedAt'),
            children: detail.issuedAt ? formatDate(new Date(detail.issuedAt)) : t('campaign.meta.notIssued'),
          },
          { key: 'issuer', label: t('campaign.meta.issuer'), children: issuer?.name ?? detail.issuerUnitCode },
        ]}
      />
      <PlanApprovalPanel campaign={detail} />
      <Tabs
        className="campaign-page__tabs"
        aria-label={t('campaign.tabs.label')}
        tabBarGutter={24}
        defaultActiveKey={BEFORE_ISSUE.includes(detail.status) ? 'plan' : 'progress'}
        items={[
          { key: 'progress', label: t('campaign.tabs.progress'), children: progressTab },
          { key: 'plan', label: t('campaign.tabs.plan'), children: <PlanDocument campaign={detail} schedule={schedule.data} /> },
          { key: 'lower', label: t('campaign.tabs.lower'), children: <LowerPlans campaign={detail} /> },
        ]}
      />
    </section>
  );
}
