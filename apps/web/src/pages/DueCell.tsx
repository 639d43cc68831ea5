import { Tooltip, Typography } from 'antd';
import { dueText, dueTone } from '../format/due-text';
import { relativeDue } from '../format/relative-due';
import { formatDateTime } from '../format/vietnam-time';
import { useT } from '../i18n/i18n-context';

/** "còn 3 ngày", "quá hạn 2 ngày", "hôm nay"…, with the exact Vietnam time in a tooltip. */
export function DueCell({ dueAt, now }: { dueAt: string | null; now: Date }) {
  const t = useT();
  const due = relativeDue(dueAt, now);
  const tone = dueTone(due);
  const label = (
    <Typography.Text type={tone} strong={tone === 'danger'}>
      {dueText(due, t)}
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
