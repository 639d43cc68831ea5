import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CampaignSchedule } from '../../api/campaign-queries';
import type { CampaignDetail, ProgressSummary } from '../../api/queries';
import { formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { deadlineText, levelLabel } from './labels';
import { levelsInScope, phaseTiming, sharedDeadlines, type PhaseTiming } from './lifecycle';
import { PhaseCounts } from './PhaseCounts';
import { phaseStateCounts, type PhaseState } from './phase-states';
import { plannedPhases } from './plan-document';
import { UnitsOfState } from './UnitsOfState';

const TIMING_COLORS: Record<PhaseTiming, string> = { upcoming: 'default', ongoing: 'processing', past: 'default', unknown: 'default' };

export interface LifecycleDiagramProps {
  campaign: CampaignDetail;
  schedule: CampaignSchedule | undefined;
  progress: ProgressSummary | undefined;
  progressUpdatedAt: number;
  onRefresh(): void;
  refreshing: boolean;
}

/**
 * The plan's phases in order, each with its dates and how many units stand in each state; a count lists its units
 * below the diagram.
 */
export function LifecycleDiagram({ campaign, schedule, progress, progressUpdatedAt, onRefresh, refreshing }: LifecycleDiagramProps) {
  const t = useT();
  const [selection, setSelection] = useState<{ phaseKey: string; state: PhaseState } | null>(null);
  const phases = useMemo(() => plannedPhases(campaign.plan), [campaign.plan]);
  const times = useMemo(() => new Map(schedule?.phases.map((phase) => [phase.phaseKey, phase.levels])), [schedule]);
  const followedLevels = Object.keys(progress?.byLevel ?? {});
  const manyStages = campaign.plan.stages.length > 1;
  // Where a phase stands is judged at the time of the counts beside it.
  const now = progressUpdatedAt ? new Date(progressUpdatedAt) : null;
  const selectedPhase = phases.find(({ phase }) => phase.key === selection?.phaseKey)?.phase;

  return (
    <section aria-labelledby="lifecycle-heading" className="campaign-section">
      <Typography.Title level={3} id="lifecycle-heading">
        {t('campaign.lifecycle.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('campaign.lifecycle.intro')}</Typography.Paragraph>
      <Space wrap className="lifecycle__refresh">
        {progressUpdatedAt > 0 && (
          <Typography.Text type="secondary">
            {t('campaign.lifecycle.updated', { time: formatDateTime(new Date(progressUpdatedAt)) })}
          </Typography.Text>
        )}
        <Button size="small" onClick={onRefresh} loading={refreshing}>
          {t('campaign.lifecycle.refresh')}
        </Button>
      </Space>
      {phases.length === 0 && <Empty description={t('campaign.lifecycle.empty')} />}
      <ol className="lifecycle">
        {phases.map(({ phase, stage, number }) => {
          const levels = levelsInScope(times.get(phase.key) ?? [], followedLevels);
          const timing = now ? phaseTiming(levels, now) : 'unknown';
          const opensAt = levels.flatMap((level) => (level.opensAt ? [level.opensAt] : [])).sort()[0];
          return (
            <li key={phase.key} className={`lifecycle__phase lifecycle__phase--${timing}`} data-testid={`phase-${phase.key}`}>
              <Card size="small" className="lifecycle__card">
                <div className="lifecycle__head">
                  <span className="lifecycle__number">{t('campaign.lifecycle.step', { number })}</span>
                  <Tag>{t(`kind.${phase.kind}` as MessageKey)}</Tag>
                  {timing !== 'unknown' && <Tag color={TIMING_COLORS[timing]}>{t(`campaign.timing.${timing}`)}</Tag>}
                </div>
                {manyStages && <Typography.Text type="secondary">{stage.name}</Typography.Text>}
                <p className="lifecycle__name">{phase.name}</p>
                <div className="lifecycle__dates">
                  {opensAt && <div>{t('campaign.lifecycle.opens', { date: formatDateTime(new Date(opensAt)) })}</div>}
                  {sharedDeadlines(levels).map((deadline) => {
                    const date = deadlineText(t, deadline.dueAt, deadline.announcedLater);
                    if (!date) return null;
                    const all = deadline.levelCodes.length === levels.length;
                    return (
                      <div key={deadline.levelCodes.join()}>
                        {t('campaign.lifecycle.due', {
                          date: all
                            ? date
                            : t('campaign.due.levels', { levels: deadline.levelCodes.map((code) => levelLabel(t, code)).join(', '), date }),
                        })}
                      </div>
                    );
                  })}
                </div>
                <PhaseCounts
                  phaseKey={phase.key}
                  phaseName={phase.name}
                  counts={phaseStateCounts(progress?.byPhase[phase.key])}
                  selected={selection?.phaseKey === phase.key ? selection.state : null}
                  onSelect={(state) => setSelection({ phaseKey: phase.key, state })}
                />
                <Typography.Text type="secondary" className="lifecycle__total">
                  {t('campaign.lifecycle.total', { count: progress?.byPhase[phase.key]?.total ?? 0 })}
                </Typography.Text>
              </Card>
            </li>
          );
        })}
      </ol>
      {selection && selectedPhase && (
        <UnitsOfState
          key={`${selection.phaseKey}-${selection.state}`}
          campaign={campaign}
          phase={selectedPhase}
          state={selection.state}
          onClose={() => setSelection(null)}
        />
      )}
    </section>
  );
}
