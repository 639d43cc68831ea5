import type { DecisionRecord } from '@tdkt/domain';
import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../format/vietnam-time';
import { useT } from '../i18n/i18n-context';
import { capacityLabelKey } from './CapacityField';
import type { PlanChainStep } from './plan-approval';
import { planDecisionKey } from './plan-labels';

const COLORS: Record<DecisionRecord['action'], string> = { submit: 'blue', approve: 'green', return: 'orange', reject: 'red' };

/** Every decision on the plan, every round, oldest first: who, when, in which capacity, with what comment and signature. */
export function PlanDecisionTimeline({ decisions, steps }: { decisions: readonly DecisionRecord[]; steps: readonly PlanChainStep[] }) {
  const t = useT();
  if (!decisions.length) return null;
  const signs = new Set(steps.filter((s) => s.signs).map((s) => s.key));
  return (
    <Timeline
      data-testid="plan-decisions"
      items={decisions.map((d) => ({
        key: d.requestId,
        color: COLORS[d.action],
        children: (
          <>
            <Typography.Text strong>{t(planDecisionKey(d, d.stepKey !== null && signs.has(d.stepKey)))}</Typography.Text>
            {' — '}
            {d.actor.fullName}
            {d.actor.title ? `, ${d.actor.title}` : ''}
            {d.capacity ? ` (${t(capacityLabelKey(d.capacity))})` : ''}
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(new Date(d.at))} · {t('actions.plan.round', { round: d.round })}
              </Typography.Text>
            </div>
            {d.comment && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>“{d.comment}”</Typography.Paragraph>}
            {d.signature && (
              <Typography.Text type="secondary" data-testid="plan-signature">
                {d.signature.join(' / ')}
              </Typography.Text>
            )}
          </>
        ),
      }))}
    />
  );
}
