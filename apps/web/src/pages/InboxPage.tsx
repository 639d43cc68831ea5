import { Empty, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCampaigns, useInbox, type InboxItem } from '../api/queries';
import { taskPath } from '../app/paths';
import { byUrgency } from '../format/relative-due';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { LoadFailed } from '../layout/LoadFailed';
import { DueCell } from './DueCell';

const kindKey = (kind: string) => `kind.${kind}` as MessageKey;
const actionKey = (action: string) => `action.${action}` as MessageKey;

/** GET /inbox: what waits for me, overdue first, filterable by kind and campaign; refreshed every 30 s. */
export default function InboxPage() {
  const t = useT();
  const inbox = useInbox();
  const campaigns = useCampaigns();
  const [kind, setKind] = useState<string>();
  const [campaignId, setCampaignId] = useState<string>();

  const items = useMemo(() => [...(inbox.data?.items ?? [])].sort(byUrgency), [inbox.data]);
  const campaignTitles = useMemo(() => new Map(campaigns.data?.items.map((c) => [c.id, c.title])), [campaigns.data]);
  const shown = items.filter((item) => (!kind || item.kind === kind) && (!campaignId || item.campaignId === campaignId));
  // "Now" is when the list was fetched (rows exist only then), so the relative deadlines move with every refresh.
  const now = new Date(inbox.dataUpdatedAt);

  const kindOptions = [...new Set(items.map((i) => i.kind))].map((value) => ({ value, label: t(kindKey(value)) }));
  const campaignOptions = [...new Set(items.map((i) => i.campaignId))].map((value) => ({
    value,
    label: campaignTitles.get(value) ?? value,
  }));

  const columns: TableColumnsType<InboxItem> = [
    {
      title: t('inbox.column.title'),
      dataIndex: 'title',
      render: (title: string, item) => <Link to={taskPath(item)}>{title}</Link>,
    },
    { title: t('inbox.column.kind'), dataIndex: 'kind', render: (value: string) => <Tag>{t(kindKey(value))}</Tag> },
    {
      title: t('inbox.column.action'),
      dataIndex: 'action',
      responsive: ['md'],
      render: (value: string | null) => value && t(actionKey(value)),
    },
    { title: t('inbox.column.unit'), dataIndex: 'unitCode', responsive: ['lg'] },
    {
      title: t('inbox.column.campaign'),
      dataIndex: 'campaignId',
      responsive: ['lg'],
      render: (id: string) => campaignTitles.get(id) ?? id,
    },
    {
      title: t('inbox.column.due'),
      dataIndex: 'dueAt',
      onCell: () => ({ className: 'nowrap' }),
      render: (dueAt: string | null) => <DueCell dueAt={dueAt} now={now} />,
    },
  ];

  return (
    <section aria-labelledby="inbox-heading">
      <Typography.Title level={2} id="inbox-heading">
        {t('inbox.heading')}
      </Typography.Title>
      {inbox.isError && <LoadFailed onRetry={() => void inbox.refetch()} />}
      <Space wrap className="page-filters">
        <Select
          aria-label={t('inbox.filterKind')}
          placeholder={t('inbox.allKinds')}
          allowClear
          value={kind}
          onChange={setKind}
          options={kindOptions}
          className="page-filters__select"
        />
        <Select
          aria-label={t('inbox.filterCampaign')}
          placeholder={t('inbox.allCampaigns')}
          allowClear
          value={campaignId}
          onChange={setCampaignId}
          options={campaignOptions}
          className="page-filters__select"
        />
      </Space>
      <Table<InboxItem>
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={inbox.isPending}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
        scroll={{ x: true }}
      />
    </section>
  );
}
