import type { Phase } from '@tdkt/domain';
import { Empty, Pagination, Spin, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { TIMELINE_PAGE_SIZE, useUnitTimeline } from '../../api/campaign-queries';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { dossierOfLogKey } from '../awards/award-labels';
import { obligationLabel } from './labels';
import { obligationOfStep } from './plan-document';
import { UnitName } from './UnitName';

export interface UnitHistoryProps {
  campaignId: string;
  unitCode: string;
  phases: ReadonlyMap<string, Phase>;
}

/** The campaign's recorded steps on this unit and those below it: when, what, who (in which capacity), and why. */
export function UnitHistory({ campaignId, unitCode, phases }: UnitHistoryProps) {
  const t = useT();
  const [page, setPage] = useState(1);
  const timeline = useUnitTimeline(campaignId, unitCode, page, true);
  const items = timeline.data?.items ?? [];
  const stepLabel = (recordedKey: string) => {
    // An award dossier's entries are filed under `award:<dossierId>`, which names no phase of the plan.
    if (dossierOfLogKey(recordedKey)) return t('kind.award_step');
    const { obligationKey, phaseKey } = obligationOfStep(recordedKey);
    return obligationLabel(t, phases, phaseKey, obligationKey);
  };
  return (
    <section aria-labelledby="unit-history-heading" className="campaign-section">
      <Typography.Title level={3} id="unit-history-heading">
        {t('campaign.unit.history')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('campaign.unit.historyIntro')}</Typography.Paragraph>
      {timeline.isError && <LoadFailed onRetry={() => void timeline.refetch()} />}
      {timeline.isPending && <Spin />}
      {timeline.data && items.length === 0 && <Empty description={t('campaign.unit.noHistory')} />}
      {items.length > 0 && (
        <Timeline
          className="unit-history"
          data-testid="unit-history"
          items={items.map((item) => ({
            key: item.seq,
            children: (
              <div data-action={item.action}>
                <div>
                  <time dateTime={item.at}>{item.atLocal}</time> – <strong>{item.actionLabel}</strong>
                </div>
                <div className="unit-history__meta">
                  {item.actor
                    ? `${item.capacity ? `${item.capacity} ` : ''}${item.actor.fullName ?? item.actor.username}`
                    : t('campaign.unit.system')}
                  {item.obligationKey && <> · {stepLabel(item.obligationKey)}</>}
                  {item.unitCode && item.unitCode !== unitCode && (
                    <>
                      {' · '}
                      {t('campaign.unit.onUnit')} <UnitName code={item.unitCode} />
                    </>
                  )}
                </div>
                {item.comment && <div>{t('campaign.unit.comment', { comment: item.comment })}</div>}
              </div>
            ),
          }))}
        />
      )}
      {(timeline.data?.total ?? 0) > TIMELINE_PAGE_SIZE && (
        <Pagination
          size="small"
          current={page}
          pageSize={TIMELINE_PAGE_SIZE}
          total={timeline.data?.total}
          showSizeChanger={false}
          onChange={setPage}
        />
      )}
    </section>
  );
}
