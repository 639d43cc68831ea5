import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useLinkClickHandler } from 'react-router';
import { campaignPath, PATHS } from '../app/paths';
import { useCampaigns, type CampaignSummary } from '../api/queries';
import { matchesSearch, vietnameseCollator } from '../format/vietnamese-search';
import { formatDate } from '../format/vietnam-time';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { LoadFailed } from '../layout/LoadFailed';

const STATUS_COLORS: Record<string, string> = {
  in_approval: 'gold',
  rejected: 'red',
  expired: 'default',
  issued: 'blue',
  running: 'green',
  suspended: 'orange',
  closed: 'default',
  cancelled: 'default',
};

/** GET /campaigns: searchable without diacritics, in Vietnamese alphabetical order. */
export default function CampaignsPage() {
  const t = useT();
  const campaigns = useCampaigns();
  const [query, setQuery] = useState('');
  // A link (it opens a page, in a new tab too) drawn as a button, followed inside the app like any Link.
  const openNewCampaign = useLinkClickHandler<HTMLElement>(PATHS.newCampaign);
  const shown = useMemo(
    () => (campaigns.data?.items ?? []).filter((c) => matchesSearch(query, [c.title, c.planNumber, c.issuerUnitCode, String(c.year)])),
    [campaigns.data, query],
  );

  const columns: TableColumnsType<CampaignSummary> = [
    {
      title: t('campaigns.column.title'),
      dataIndex: 'title',
      sorter: (a, b) => vietnameseCollator.compare(a.title, b.title),
      defaultSortOrder: 'ascend',
      render: (title: string, campaign) => <Link to={campaignPath(campaign.id)}>{title}</Link>,
    },
    { title: t('campaigns.column.planNumber'), dataIndex: 'planNumber', responsive: ['md'] },
    { title: t('campaigns.column.issuer'), dataIndex: 'issuerUnitCode', responsive: ['lg'] },
    { title: t('campaigns.column.year'), dataIndex: 'year', sorter: (a, b) => a.year - b.year, responsive: ['md'] },
    {
      title: t('campaigns.column.status'),
      dataIndex: 'status',
      render: (status: string) => <Tag color={STATUS_COLORS[status]}>{t(`status.${status}` as MessageKey)}</Tag>,
    },
    {
      title: t('campaigns.column.issuedAt'),
      dataIndex: 'issuedAt',
      responsive: ['lg'],
      render: (issuedAt: string | null) => issuedAt && formatDate(new Date(issuedAt)),
    },
  ];

  return (
    <section aria-labelledby="campaigns-heading">
      <Typography.Title level={2} id="campaigns-heading">
        {t('campaigns.heading')}
      </Typography.Title>
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        href={PATHS.newCampaign}
        onClick={openNewCampaign}
        style={{ marginBottom: 16 }}
      >
        {t('nav.newCampaign')}
      </Button>
      {campaigns.isError && <LoadFailed onRetry={() => void campaigns.refetch()} />}
      {/* The list narrows as the official types: no search button to press. */}
      <Input
        className="page-search"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('campaigns.search')}
        aria-label={t('campaigns.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <Table<CampaignSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={campaigns.isPending}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('campaigns.empty')} /> }}
        scroll={{ x: true }}
      />
    </section>
  );
}
