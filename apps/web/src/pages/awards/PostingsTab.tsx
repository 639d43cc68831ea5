import { Empty, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useAwardPostings, type AwardDossier } from '../../api/award-queries';
import { awardDossierPath } from '../../app/paths';
import { formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';

/**
 * Công khai: the lists posted for objections now in the province. Any official may open one and object to a name
 * before the posting ends; the appraiser answers every objection before the council meets.
 */
export function PostingsTab() {
  const t = useT();
  const postings = useAwardPostings();
  const columns: TableColumnsType<AwardDossier> = [
    {
      title: t('awards.dossiers.column.award'),
      dataIndex: 'awardName',
      render: (name: string, dossier) => <Link to={awardDossierPath(dossier.id)}>{name}</Link>,
    },
    { title: t('awards.dossiers.column.unit'), dataIndex: 'nominatingUnitCode' },
    { title: t('awards.dossiers.column.names'), key: 'names', align: 'right', render: (_, dossier) => dossier.nominations.length },
    {
      title: t('awards.postings.column.until'),
      dataIndex: 'postingEndsAt',
      render: (at: string | undefined) => (at ? formatDateTime(new Date(at)) : '—'),
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('awards.postings.intro')}</Typography.Paragraph>
      {postings.isError ? (
        <LoadFailed onRetry={() => void postings.refetch()} />
      ) : (
        <div data-testid="award-postings">
          <Table<AwardDossier>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={postings.data?.items ?? []}
            loading={postings.isPending}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('awards.postings.empty')} /> }}
            scroll={{ x: true }}
          />
        </div>
      )}
    </>
  );
}
