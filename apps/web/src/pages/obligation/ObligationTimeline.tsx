import { Empty, Timeline, Typography } from 'antd';
import type { ObligationStep } from '../../api/action-queries';
import { capacityLabelKey } from '../../actions/CapacityField';
import { formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { stepKey } from './obligation-labels';

const COLORS: Record<ObligationStep['action'], string> = {
  report_submitted: 'blue',
  report_approved: 'green',
  report_returned: 'orange',
  extension_requested: 'gray',
  extension_granted: 'green',
  extension_refused: 'red',
};

const isCapacity = (value: string | null): value is 'TM' | 'KT' | 'TUQ' => value === 'TM' || value === 'KT' || value === 'TUQ';

/** Who did what on the obligation and when, with the comments: as the decision log recorded it. */
export function ObligationTimeline({ steps }: { steps: readonly ObligationStep[] }) {
  const t = useT();
  if (!steps.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('actions.history.empty')} />;
  return (
    <Timeline
      data-testid="obligation-history"
      items={steps.map((step, i) => ({
        key: `${step.at}-${i}`,
        color: COLORS[step.action],
        children: (
          <>
            <Typography.Text strong>{t(stepKey(step.action))}</Typography.Text>
            {' — '}
            {step.actorFullName ?? step.actorUsername ?? t('actions.history.system')}
            {isCapacity(step.capacity) ? ` (${t(capacityLabelKey(step.capacity))})` : ''}
            {step.delegatedByFullName ? ` · ${t('actions.history.delegatedBy', { name: step.delegatedByFullName })}` : ''}
            <div>
              <Typography.Text type="secondary">{formatDateTime(new Date(step.at))}</Typography.Text>
            </div>
            {step.proposedDueAt && <div>{t('actions.history.proposedDueAt', { due: formatDateTime(new Date(step.proposedDueAt)) })}</div>}
            {step.newDueAt && <div>{t('actions.history.newDueAt', { due: formatDateTime(new Date(step.newDueAt)) })}</div>}
            {step.comment && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>“{step.comment}”</Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}
