import { Tag, Tooltip } from 'antd';
import { useDelegations, type Me } from '../api/queries';
import { formatDate } from '../format/vietnam-time';
import { useT } from '../i18n/i18n-context';
import { receivedInForce } from './delegations-in-force';

/** Whose place the official acts in under a delegation (ủy quyền): named in the header while it is in force. */
export function ActingFor({ me }: { me: Me }) {
  const t = useT();
  const delegations = useDelegations();
  const inForce = receivedInForce(delegations.data ?? [], me.username, new Date(delegations.dataUpdatedAt));
  return inForce.map((d) => (
    <Tooltip key={d.id} title={d.reason}>
      <Tag bordered={false} color="gold" data-testid="acting-for" tabIndex={0}>
        {t('header.actingFor', { name: d.from.fullName, until: formatDate(new Date(d.endsAt)) })}
      </Tag>
    </Tooltip>
  ));
}
