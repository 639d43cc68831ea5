import { Alert, Typography } from 'antd';
import { roleReachesDescendants, toLocalDate, type PlanDefinition } from '@tdkt/domain';
import { useMemo, useState } from 'react';
import { useNationalCalendar, useUnitTree } from '../../api/new-campaign-queries';
import { useMe } from '../../api/queries';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { PageLoading } from '../../layout/PageLoading';
import { yearsOf } from './deadline-preview';
import { orderedLevels, orgContextOf } from './org-snapshot';
import { PlanForm } from './PlanForm';
import { StartFrom } from './StartFrom';
import './NewCampaignPage.css';

/** Tạo phong trào: start from a template or an existing campaign, edit the plan, submit it for approval. */
export default function NewCampaignPage() {
  const t = useT();
  const me = useMe();
  const rootCode = me.data?.unit.code;
  const readsBelow = (me.data?.roles ?? []).some((role) => roleReachesDescendants(role.code));
  const tree = useUnitTree(rootCode, readsBelow);
  const org = useMemo(() => orgContextOf(tree.units, rootCode ?? ''), [tree.units, rootCode]);
  const levels = useMemo(() => orderedLevels(org.levels), [org]);
  const [thisYear] = useState(() => Number(toLocalDate(new Date()).slice(0, 4)));
  // Each draft gets its own form: choosing another starting point starts again rather than mixing two plans.
  const [draft, setDraft] = useState<{ plan: PlanDefinition; n: number } | null>(null);
  const national = useNationalCalendar(useMemo(() => [thisYear, thisYear + 1, ...yearsOf(draft?.plan)], [thisYear, draft]));

  const failed = me.isError || tree.isError;
  return (
    <section aria-labelledby="new-campaign-heading" className="new-campaign">
      <Typography.Title level={2} id="new-campaign-heading">
        {t('nav.newCampaign')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('newCampaign.intro')}</Typography.Paragraph>
      {failed && <LoadFailed onRetry={() => void (me.isError ? me.refetch() : tree.retry())} />}
      {!failed && (me.isPending || tree.isPending) && <PageLoading />}
      {rootCode && !tree.isPending && !failed && (
        <>
          <StartFrom
            issuerCode={rootCode}
            org={org}
            levelsKnown={readsBelow}
            national={national}
            nextYear={thisYear + 1}
            onDraft={(plan) => setDraft((previous) => ({ plan, n: (previous?.n ?? 0) + 1 }))}
          />
          {draft && (
            <>
              <Alert
                type="info"
                showIcon
                className="new-campaign__draft"
                message={t('newCampaign.draftReady', { title: draft.plan.title })}
              />
              <PlanForm
                key={draft.n}
                plan={draft.plan}
                org={org}
                levels={levels}
                national={national}
                units={tree.units}
                expand={tree.expand}
                readsBelow={readsBelow}
                rootCode={rootCode}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
