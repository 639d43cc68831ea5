import { Alert } from 'antd';
import type { Delegation } from '../api/queries';
import { formatDate } from '../format/vietnam-time';
import { useT } from '../i18n/i18n-context';

/** Says, above a decision taken under a delegation, whose place the official decides in: the record will show both names. */
export function DelegationNote({ delegation }: { delegation: { from: Pick<Delegation['from'], 'fullName'>; endsAt: string } }) {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="acting-under-delegation"
      message={t('actions.delegation.actingFor', { name: delegation.from.fullName, until: formatDate(new Date(delegation.endsAt)) })}
    />
  );
}
