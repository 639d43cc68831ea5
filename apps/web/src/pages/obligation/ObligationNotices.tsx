import { Alert, Space } from 'antd';
import type { ObligationStep } from '../../api/action-queries';
import { formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';

/** What the reader must see first: the leader's comment on a returned report, a request for more time waiting. */
export function ObligationNotices({ returned, extension }: { returned: ObligationStep | null; extension: ObligationStep | null }) {
  const t = useT();
  if (!returned && !extension) return null;
  const who = (step: ObligationStep) => step.actorFullName ?? step.actorUsername ?? '';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {returned && (
        <Alert
          type="warning"
          showIcon
          data-testid="return-comment"
          message={t('actions.returned.title', { name: who(returned), at: formatDateTime(new Date(returned.at)) })}
          description={returned.comment}
        />
      )}
      {extension && (
        <Alert
          type="info"
          showIcon
          data-testid="extension-pending"
          message={t('actions.extension.pending', {
            due: extension.proposedDueAt ? formatDateTime(new Date(extension.proposedDueAt)) : '—',
            name: who(extension),
          })}
          description={extension.comment}
        />
      )}
    </Space>
  );
}
