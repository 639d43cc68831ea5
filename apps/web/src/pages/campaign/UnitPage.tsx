import { Alert, Descriptions, Typography } from 'antd';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useUnit } from '../../api/campaign-queries';
import { useCampaign, useMe, useUnitProgress } from '../../api/queries';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { PageLoading } from '../../layout/PageLoading';
import './campaign.css';
import { levelLabel } from './labels';
import { plannedPhases } from './plan-document';
import { SubUnits } from './SubUnits';
import { UnitBreadcrumb } from './UnitBreadcrumb';
import { UnitHistory } from './UnitHistory';
import { UnitObligations } from './UnitObligations';
import { mayReadUnit, readsBelow } from './unit-scope';

/** One unit in a campaign: where it sits in the tree, what it owes and how far it got, and its recorded history. */
export default function UnitPage() {
  const t = useT();
  const { campaignId = '', unitCode = '' } = useParams();
  const campaign = useCampaign(campaignId);
  const me = useMe();
  const obligations = useUnitProgress(campaignId, { unitCode });
  // The unit's path comes with its obligations: whether the official may read the unit is known once they are in.
  const unitPathInTree = obligations.data?.items[0]?.unitPath;
  const readable = !!me.data && obligations.isSuccess && mayReadUnit(me.data, unitCode, unitPathInTree);
  const unit = useUnit(unitCode, readable);
  const phases = useMemo(
    () => new Map(campaign.data ? plannedPhases(campaign.data.plan).map(({ phase }) => [phase.key, phase]) : []),
    [campaign.data],
  );

  if (campaign.isPending || me.isPending) return <PageLoading />;
  if (campaign.isError || me.isError) return <LoadFailed onRetry={() => void Promise.all([campaign.refetch(), me.refetch()])} />;

  const name = unit.data?.name ?? unitCode;
  const levelCode = unit.data?.levelCode ?? obligations.data?.items[0]?.levelCode;
  return (
    <section aria-labelledby="unit-heading" className="unit-page">
      <UnitBreadcrumb
        campaignId={campaignId}
        campaignTitle={campaign.data.planNumber ?? campaign.data.title}
        unitName={name}
        parentCode={unit.data?.parentCode}
        upTo={me.data.unit.code}
        walkUp={readable && readsBelow(me.data) && unitCode !== me.data.unit.code}
      />
      <Typography.Title level={2} id="unit-heading" className="campaign-page__title">
        {name}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 3 }}
        className="unit-page__facts"
        items={[
          { key: 'campaign', label: t('campaign.unit.campaign'), children: campaign.data.title },
          { key: 'code', label: t('campaign.unit.code'), children: unitCode },
          ...(levelCode ? [{ key: 'level', label: t('campaign.unit.level'), children: levelLabel(t, levelCode) }] : []),
        ]}
      />
      {(obligations.isError || unit.isError) && (
        <LoadFailed onRetry={() => void Promise.all([obligations.refetch(), unit.isError ? unit.refetch() : undefined])} />
      )}
      {obligations.isSuccess && !readable && (
        <Alert type="info" showIcon message={t('campaign.unit.outOfScope')} className="unit-page__facts" />
      )}
      {unit.data && <SubUnits campaignId={campaignId} units={unit.data.children} />}
      <UnitObligations
        campaignId={campaignId}
        plan={campaign.data.plan}
        obligations={obligations.data?.items ?? []}
        loading={obligations.isPending}
        now={new Date(obligations.dataUpdatedAt)}
      />
      {readable && <UnitHistory campaignId={campaignId} unitCode={unitCode} phases={phases} />}
    </section>
  );
}
