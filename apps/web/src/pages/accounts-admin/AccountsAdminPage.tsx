import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Form, Input, Modal, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { cloneElement, isValidElement, useDeferredValue, useState, type ReactElement } from 'react';
import { useOfficials, type OfficialAdmin } from '../../api/accounts-admin-queries';
import { useMe } from '../../api/queries';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { LoadFailed } from '../../layout/LoadFailed';
import { AddOfficialForm } from './AddOfficialForm';
import { DeactivateForm } from './DeactivateForm';
import { OfficialActions, type AccountDialog } from './OfficialActions';
import { OneTimePasswordNotice } from './OneTimePasswordNotice';
import { PostingForm } from './PostingForm';
import { UnitPicker } from './UnitPicker';

const PAGE_SIZE = 20;

/**
 * /quan-tri/can-bo: the officials in the administrator's scope, searched on the server without diacritics and narrowed
 * to a unit's subtree; adding one (with a one-time password shown once), moving them or changing their roles, closing
 * and reopening accounts, giving a new one-time password.
 */
export default function AccountsAdminPage() {
  const t = useT();
  const me = useMe();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const [unitCode, setUnitCode] = useState<string | undefined>();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<AccountDialog | null>(null);
  const officials = useOfficials(
    { q: q || undefined, unitCode, includeInactive },
    { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    t('accountsAdmin.failed'),
  );
  const roles = me.data?.roles.map((role) => role.code) ?? [];
  // An administrator browses their own subtree; a system administrator, above every tree, names a unit by its code.
  const rootCode = roles.includes('admin') ? (me.data?.unit.code ?? null) : null;
  const mayGiveSystemAdmin = roles.includes('system_admin');
  const close = () => setDialog(null);
  const narrow =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  const columns: TableColumnsType<OfficialAdmin> = [
    {
      title: t('accountsAdmin.column.name'),
      dataIndex: 'fullName',
      render: (fullName: string, official) => (
        <>
          <Typography.Text strong>{fullName}</Typography.Text>
          {official.title && <div>{official.title}</div>}
        </>
      ),
    },
    { title: t('accountsAdmin.column.username'), dataIndex: 'username', responsive: ['md'] },
    {
      title: t('accountsAdmin.column.unit'),
      key: 'unit',
      responsive: ['md'],
      render: (_, official) => `${official.unit.name} (${official.unit.code})`,
    },
    {
      title: t('accountsAdmin.column.roles'),
      key: 'roles',
      render: (_, official) => official.roles.map((role) => <Tag key={role.code}>{t(`role.${role.code}` as MessageKey)}</Tag>),
    },
    {
      title: t('accountsAdmin.column.status'),
      key: 'status',
      render: (_, official) => (
        <Space direction="vertical" size={0}>
          <Tag color={official.active ? 'green' : 'default'}>
            {t(official.active ? 'accountsAdmin.status.active' : 'accountsAdmin.status.inactive')}
          </Tag>
          {official.active && official.mustChangePassword && <Tag color="gold">{t('accountsAdmin.status.mustChange')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('accountsAdmin.column.actions'),
      key: 'actions',
      render: (_, official) => <OfficialActions official={official} self={official.id === me.data?.id} open={setDialog} />,
    },
  ];

  return (
    <section aria-labelledby="accounts-admin-heading">
      <Typography.Title level={2} id="accounts-admin-heading">
        {t('accountsAdmin.heading')}
      </Typography.Title>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'add' })} style={{ marginBottom: 16 }}>
        {t('accountsAdmin.add')}
      </Button>
      <Form layout="vertical" className="accounts-admin__filters" component="div">
        <Space wrap align="end">
          <Form.Item label={t('accountsAdmin.search')} htmlFor="accounts-admin-search" style={{ minWidth: 280 }}>
            <Input
              id="accounts-admin-search"
              prefix={<SearchOutlined />}
              value={search}
              onChange={(event) => narrow(setSearch)(event.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('accountsAdmin.unitFilter')} htmlFor="accounts-admin-unit" style={{ minWidth: 320 }}>
            <UnitPicker
              id="accounts-admin-unit"
              rootCode={rootCode}
              label={t('accountsAdmin.unitFilter')}
              placeholder={t('accountsAdmin.unitFilterAll')}
              allowClear
              value={unitCode}
              onChange={narrow(setUnitCode)}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={includeInactive} onChange={(event) => narrow(setIncludeInactive)(event.target.checked)}>
              {t('accountsAdmin.includeInactive')}
            </Checkbox>
          </Form.Item>
        </Space>
      </Form>
      {officials.isError && <LoadFailed onRetry={() => void officials.refetch()} />}
      <Table<OfficialAdmin>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={officials.data?.items ?? []}
        loading={officials.isFetching && !officials.data}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: officials.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
          showSizeChanger: false,
          showTotal: (total) => t('accountsAdmin.total', { count: total }),
          responsive: true,
          showLessItems: true,
          // The arrows are icon-only buttons: they get their words, or a screen reader announces a nameless button.
          itemRender: (_page, type, element) =>
            (type === 'prev' || type === 'next') && isValidElement(element)
              ? cloneElement(element as ReactElement<{ 'aria-label'?: string }>, {
                  'aria-label': t(type === 'prev' ? 'accountsAdmin.pager.prev' : 'accountsAdmin.pager.next'),
                })
              : element,
        }}
        locale={{ emptyText: <Empty description={t('accountsAdmin.empty')} /> }}
        scroll={{ x: true }}
        data-testid="officials-table"
      />
      <Modal
        open={dialog !== null}
        onCancel={close}
        footer={null}
        destroyOnHidden
        // antd names its close button in English; the official's language names it here.
        closable={{ 'aria-label': t('accountsAdmin.close') }}
        maskClosable={dialog?.kind !== 'add' && dialog?.kind !== 'password'}
        title={
          dialog?.kind === 'add'
            ? t('accountsAdmin.addTitle')
            : dialog?.kind === 'posting'
              ? t('accountsAdmin.postingTitle', { name: dialog.official.fullName })
              : dialog?.kind === 'deactivate'
                ? t('accountsAdmin.deactivateTitle', { name: dialog.official.fullName })
                : dialog?.kind === 'password'
                  ? t('accountsAdmin.resetTitle', { name: dialog.official.fullName })
                  : null
        }
      >
        {dialog?.kind === 'add' && <AddOfficialForm rootCode={rootCode} mayGiveSystemAdmin={mayGiveSystemAdmin} onClose={close} />}
        {dialog?.kind === 'posting' && (
          <PostingForm official={dialog.official} rootCode={rootCode} mayGiveSystemAdmin={mayGiveSystemAdmin} onClose={close} />
        )}
        {dialog?.kind === 'deactivate' && <DeactivateForm official={dialog.official} onClose={close} />}
        {dialog?.kind === 'password' && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <OneTimePasswordNotice password={dialog.password} />
            <Button type="primary" onClick={close}>
              {t('accountsAdmin.close')}
            </Button>
          </Space>
        )}
      </Modal>
    </section>
  );
}
