import { Empty, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useLayoutEffect, useMemo, type HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCampaigns, useInboxPage, type InboxItem } from '../api/queries';
import { taskPath } from '../app/paths';
import { INBOX_ROW_ATTRIBUTE, replaceFirstRows } from '../first-rows/handoff';
import { useT } from '../i18n/i18n-context';
import { vi, type MessageKey } from '../i18n/messages';
import { LoadFailed } from '../layout/LoadFailed';
import { DueCell } from './DueCell';
import { INBOX_DUE_STATES, INBOX_PAGE_SIZE, inboxViewOf, searchOf, type InboxView } from './inbox-filter';

// antd types onRow's answer as the row's HTML attributes, whose type lists no data-* ones (only JSX takes those).
const markTaskRow = () => ({ [INBOX_ROW_ATTRIBUTE]: '' }) as HTMLAttributes<HTMLElement>;
const kindKey = (kind: string) => `kind.${kind}` as MessageKey;
const actionKey = (action: string) => `action.${action}` as MessageKey;
// Every kind of task the catalogue names is one the inbox can be narrowed to.
const KINDS = Object.keys(vi)
  .filter((key) => key.startsWith('kind.'))
  .map((key) => key.slice('kind.'.length));

/** GET /inbox: what waits for me, overdue first, narrowed on the server and paged; refreshed every 30 s. */
export default function InboxPage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const view = inboxViewOf(search, KINDS);
  const inbox = useInboxPage(view.filter, { limit: INBOX_PAGE_SIZE, offset: (view.page - 1) * INBOX_PAGE_SIZE });
  const campaigns = useCampaigns();
  const show = (next: InboxView) => setSearch(searchOf(next), { replace: true });
  const narrow = (change: Partial<InboxView['filter']>) => show({ filter: { ...view.filter, ...change }, page: 1 });

  // The plain first rows painted before the app loaded (src/first-rows) cover this page until it shows its own list
  // (or its error): then they go, before the browser paints, so the official never sees a blank in between.
  const settled = inbox.data !== undefined || inbox.isError;
  useLayoutEffect(() => {
    if (settled) replaceFirstRows();
  }, [settled]);

  const campaignTitles = useMemo(() => new Map(campaigns.data?.items.map((c) => [c.id, c.title])), [campaigns.data]);
  // "Now" is when the list was fetched (rows exist only then), so the relative deadlines move with every refresh.
  const now = new Date(inbox.dataUpdatedAt);

  const columns: TableColumnsType<InboxItem> = [
    {
      title: t('inbox.column.title'),
      dataIndex: 'title',
      render: (title: string, item) => (
        <>
          <Link to={taskPath(item)}>{title}</Link>
          {item.delegationId && (
            <Tag bordered={false} color="gold" className="inbox-delegated">
              {t('inbox.delegated')}
            </Tag>
          )}
        </>
      ),
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
          value={view.filter.kind}
          onChange={(kind) => narrow({ kind })}
          options={KINDS.map((value) => ({ value, label: t(kindKey(value)) }))}
          className="page-filters__select"
        />
        <Select
          aria-label={t('inbox.filterCampaign')}
          placeholder={t('inbox.allCampaigns')}
          allowClear
          showSearch
          optionFilterProp="label"
          value={view.filter.campaignId}
          onChange={(campaignId) => narrow({ campaignId })}
          options={campaigns.data?.items.map((c) => ({ value: c.id, label: c.title }))}
          className="page-filters__select"
        />
        <Select
          aria-label={t('inbox.filterDue')}
          placeholder={t('inbox.allDue')}
          allowClear
          value={view.filter.due}
          onChange={(due) => narrow({ due })}
          options={INBOX_DUE_STATES.map((value) => ({ value, label: t(`inbox.due.${value}`) }))}
          className="page-filters__select"
        />
      </Space>
      <Table<InboxItem>
        rowKey="key"
        // A neutral mark on each task row, shared with the plain first rows: "a task is on screen" for the e2e suite and
        // the benchmark, whichever drew it.
        onRow={markTaskRow}
        size="middle"
        columns={columns}
        dataSource={inbox.data?.items}
        loading={inbox.isPending}
        pagination={{
          current: view.page,
          pageSize: INBOX_PAGE_SIZE,
          total: inbox.data?.total,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: (page) => show({ ...view, page }),
        }}
        locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
        scroll={{ x: true }}
      />
    </section>
  );
}
