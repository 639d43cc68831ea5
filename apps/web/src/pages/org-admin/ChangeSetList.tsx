import { Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { ORG_CHANGES_PAGE_SIZE, useOrgChanges, type OrgChangeRecord } from '../../api/org-admin-queries';
import { formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { LoadFailed } from '../../layout/LoadFailed';
import { shownDate } from './change-set-form';
import type { OrgTree } from './use-org-tree';

/** The recorded change sets, newest first: when each takes effect, why, and whether it is in force yet. */
export function ChangeSetList({ tree }: { tree: OrgTree }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const sets = useOrgChanges(page);
  if (sets.isError) return <LoadFailed onRetry={() => void sets.refetch()} />;
  const kinds = (set: OrgChangeRecord) =>
    (set.changes as { kind?: string }[]).map((change, i) => (
      <Tag key={i}>{change.kind ? t(`orgAdmin.kind.${change.kind}` as MessageKey) : '—'}</Tag>
    ));
  return (
    <Table<OrgChangeRecord>
      rowKey="id"
      size="small"
      loading={sets.isFetching}
      dataSource={sets.data?.items ?? []}
      locale={{ emptyText: <Empty description={t('orgAdmin.list.empty')} /> }}
      pagination={{
        current: page,
        pageSize: ORG_CHANGES_PAGE_SIZE,
        total: sets.data?.total ?? 0,
        onChange: setPage,
        showSizeChanger: false,
        hideOnSinglePage: true,
      }}
      columns={[
        { key: 'effectiveOn', title: t('orgAdmin.list.effectiveOn'), render: (_, set) => shownDate(set.effectiveOn) },
        {
          key: 'status',
          title: t('orgAdmin.list.status'),
          render: (_, set) =>
            set.status === 'applied' ? (
              <Tag color="green">{t('orgAdmin.status.applied')}</Tag>
            ) : set.status === 'refused' ? (
              <>
                <Tag color="red">{t('orgAdmin.status.refused')}</Tag>
                {set.refusedBecause.map((problem) => (
                  <div key={problem.path}>{problem.message}</div>
                ))}
              </>
            ) : (
              <Tag color="blue">{t('orgAdmin.status.scheduled', { date: shownDate(set.effectiveOn) })}</Tag>
            ),
        },
        { key: 'reason', title: t('orgAdmin.list.reason'), dataIndex: 'reason' },
        { key: 'changes', title: t('orgAdmin.list.changes'), render: (_, set) => kinds(set) },
        {
          key: 'dissolved',
          title: t('orgAdmin.list.dissolved'),
          render: (_, set) =>
            set.dissolved.map((d) => (
              <div key={d.unitCode}>
                {d.successorCode
                  ? t('orgAdmin.effect.dissolvedInto', { name: tree.nameOf(d.unitCode), successor: tree.nameOf(d.successorCode) })
                  : t('orgAdmin.effect.dissolved', { name: tree.nameOf(d.unitCode) })}
              </div>
            )),
        },
        { key: 'requestedAt', title: t('orgAdmin.list.requestedAt'), render: (_, set) => formatDateTime(new Date(set.requestedAt)) },
      ]}
    />
  );
}
