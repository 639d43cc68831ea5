import { Tooltip, Typography } from 'antd';
import { relativeDue, type RelativeDue } from '../format/relative-due';
import { formatDateTime } from '../format/vietnam-time';
import { useT, type Translate } from '../i18n/i18n-context';

function describe(due: RelativeDue, t: Translate): string {
  switch (due.kind) {
    case 'toBeAnnounced':
      return t('due.toBeAnnounced');
    case 'overdue':
      return t('due.daysOverdue', { days: due.days });
    case 'overdueToday':
      return t('due.overdueToday');
    case 'today':
      return t('due.today');
    case 'daysLeft':
      return t('due.daysLeft', { days: due.days });
  }
}

/** "còn 3 ngày", "quá hạn 2 ngày", "hôm nay"…, with the exact Vietnam time in a tooltip. */
export function DueCell({ dueAt, now }: { dueAt: string | null; now: Date }) {
  const t = useT();
  const due = relativeDue(dueAt, now);
  const text = describe(due, t);
  const late = due.kind === 'overdue' || due.kind === 'overdueToday';
  const label = (
    <Typography.Text type={late ? 'danger' : due.kind === 'today' ? 'warning' : undefined} strong={late}>
      {text}
    </Typography.Text>
  );
  if (dueAt === null) return label;
  return (
    <Tooltip title={formatDateTime(new Date(dueAt))}>
      <span tabIndex={0} data-due-at={dueAt}>
        {label}
      </span>
    </Tooltip>
  );
}
