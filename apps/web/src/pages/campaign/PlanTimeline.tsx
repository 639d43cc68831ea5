import type { PlanDefinition } from '@tdkt/domain';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { CampaignSchedule, LevelTimes } from '../../api/campaign-queries';
import { formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { deadlineText, dueDescriptionText, levelLabel } from './labels';
import { sharedDeadlines } from './lifecycle';
import { describeDue, plannedPhases, type PlannedPhase } from './plan-document';

/**
 * The plan's timeline (Tiến độ): each phase with when it opens and its deadline per level, as counted on the
 * calendar once the plan is issued, and in the plan's own words ("5 ngày làm việc sau…") before.
 */
export function PlanTimeline({ plan, schedule }: { plan: PlanDefinition; schedule: CampaignSchedule | undefined }) {
  const t = useT();
  const phases = useMemo(() => plannedPhases(plan), [plan]);
  const manyStages = plan.stages.length > 1;
  const byKey = useMemo(() => new Map(phases.map(({ phase }) => [phase.key, phase])), [phases]);
  const times = useMemo(() => new Map(schedule?.phases.map((phase) => [phase.phaseKey, phase.levels])), [schedule]);

  const counted = (levels: LevelTimes[]) =>
    sharedDeadlines(levels).flatMap((deadline) => {
      const date = deadlineText(t, deadline.dueAt, deadline.announcedLater);
      if (!date) return [];
      const all = deadline.levelCodes.length === levels.length;
      return [all ? date : t('campaign.due.levels', { levels: deadline.levelCodes.map((code) => levelLabel(t, code)).join(', '), date })];
    });
  const written = ({ phase }: PlannedPhase) =>
    Object.entries(phase.dueByLevel).map(([level, spec]) => {
      const text = dueDescriptionText(t, describeDue(spec, byKey));
      return level === 'default' && Object.keys(phase.dueByLevel).length === 1
        ? text
        : t('campaign.due.levels', { levels: levelLabel(t, level), date: text });
    });

  const columns: TableColumnsType<PlannedPhase> = [
    {
      title: t('campaign.doc.phase'),
      key: 'phase',
      render: (_, entry) => (
        <>
          {manyStages && <Typography.Text type="secondary">{entry.stage.name}</Typography.Text>}
          <div>
            {entry.number}. {entry.phase.name}
          </div>
          <Typography.Text type="secondary">{t(`kind.${entry.phase.kind}` as MessageKey)}</Typography.Text>
        </>
      ),
    },
    {
      title: t('campaign.doc.opens'),
      key: 'opens',
      responsive: ['md'],
      render: (_, entry) => {
        const first = (times.get(entry.phase.key) ?? []).flatMap((level) => (level.opensAt ? [level.opensAt] : [])).sort()[0];
        return first ? formatDateTime(new Date(first)) : dueDescriptionText(t, describeDue(entry.phase.opensAt, byKey));
      },
    },
    {
      title: t('campaign.doc.due'),
      key: 'due',
      render: (_, entry) => {
        const resolved = counted(times.get(entry.phase.key) ?? []);
        const lines = resolved.length ? resolved : written(entry);
        return lines.map((line) => <div key={line}>{line}</div>);
      },
    },
  ];

  return <Table<PlannedPhase> rowKey={(entry) => entry.phase.key} size="small" columns={columns} dataSource={phases} pagination={false} />;
}
