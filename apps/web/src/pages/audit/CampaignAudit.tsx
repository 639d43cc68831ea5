import { Alert, Button, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiRefusalError, useOperatorLinks, useTimeline } from '../../api/audit-queries';
import { useCampaign, useUnitProgress } from '../../api/queries';
import { refusalOf } from '../../api/refusal';
import { vietnameseCollator } from '../../format/vietnamese-search';
import { useT } from '../../i18n/i18n-context';
import { TimelineExports } from './TimelineExports';
import { TimelineFilters } from './TimelineFilters';
import { PAGE_SIZES, TimelineTable } from './TimelineTable';
import { VerificationPanel } from './VerificationPanel';
import { NO_FILTER, toTimelineQuery, type TimelineFilterState } from './timeline-filter';

interface Props {
  campaignId: string;
  /** The signed-in official's unit: always a valid unit filter for them. */
  ownUnitCode: string | undefined;
  mayOpenOperatorLinks: boolean;
}

/** One campaign's record: its decision log, filtered, paginated and exported, and the check that it was not altered. */
export function CampaignAudit({ campaignId, ownUnitCode, mayOpenOperatorLinks }: Props) {
  const t = useT();
  const [filter, setFilter] = useState<TimelineFilterState>(NO_FILTER);
  const [page, setPage] = useState({ current: 1, pageSize: PAGE_SIZES[0] });
  const query = useMemo(() => toTimelineQuery(filter), [filter]);
  const timeline = useTimeline(campaignId, query, { limit: page.pageSize, offset: (page.current - 1) * page.pageSize });
  const operatorLinks = useOperatorLinks(mayOpenOperatorLinks);
  const progress = useUnitProgress(campaignId);
  const campaign = useCampaign(campaignId);

  const unitCodes = useMemo(
    () =>
      [...new Set([...(ownUnitCode ? [ownUnitCode] : []), ...(progress.data?.items.map((row) => row.unitCode) ?? [])])].sort(
        vietnameseCollator.compare,
      ),
    [ownUnitCode, progress.data],
  );
  const actors = useMemo(() => {
    const seen = new Map<string, { username: string; fullName: string | null }>();
    for (const item of timeline.data?.items ?? []) if (item.actor) seen.set(item.actor.username, item.actor);
    return [...seen.values()];
  }, [timeline.data]);

  const refusal =
    timeline.error instanceof ApiRefusalError
      ? refusalOf(timeline.error.status, timeline.error.body, t('audit.refused')).message
      : t('audit.refused');
  const hasTemporalUi = !!operatorLinks.data?.temporalUi;

  return (
    <>
      <section aria-labelledby="audit-timeline-heading" className="audit-section">
        <Typography.Title level={3} id="audit-timeline-heading">
          {t('audit.timeline.heading')}
        </Typography.Title>
        <TimelineFilters
          unitCodes={unitCodes}
          actors={actors}
          onApply={(next) => {
            setFilter(next);
            setPage((current) => ({ ...current, current: 1 }));
          }}
        />
        <div className="audit-toolbar">
          <Typography.Text aria-live="polite" data-testid="timeline-total">
            {timeline.data && t('audit.timeline.total', { total: timeline.data.total })}
          </Typography.Text>
          <TimelineExports campaignId={campaignId} filter={query} />
        </div>
        {hasTemporalUi && (
          <Typography.Paragraph type="secondary" className="audit-hint">
            {t('audit.timeline.operatorHint')}
          </Typography.Paragraph>
        )}
        {timeline.isError && (
          <Alert
            type="error"
            showIcon
            message={refusal}
            className="audit-alert"
            action={
              <Button size="small" onClick={() => void timeline.refetch()}>
                {t('app.retry')}
              </Button>
            }
          />
        )}
        <TimelineTable
          items={timeline.data?.items ?? []}
          total={timeline.data?.total ?? 0}
          loading={timeline.isFetching}
          page={page}
          onPage={(current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize })}
          operatorLinks={operatorLinks.data}
          plan={campaign.data?.plan}
        />
      </section>
      <section aria-labelledby="audit-verify-heading" className="audit-section">
        <Typography.Title level={3} id="audit-verify-heading">
          {t('audit.verify.heading')}
        </Typography.Title>
        <VerificationPanel campaignId={campaignId} />
      </section>
    </>
  );
}
