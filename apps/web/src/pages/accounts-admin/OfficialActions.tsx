import { App, Button, Popconfirm, Space } from 'antd';
import { AccountRefusal, useReactivate, useResetPassword, type OfficialAdmin } from '../../api/accounts-admin-queries';
import { useT } from '../../i18n/i18n-context';

export type AccountDialog =
  | { kind: 'add' }
  | { kind: 'posting'; official: OfficialAdmin }
  | { kind: 'deactivate'; official: OfficialAdmin }
  | { kind: 'password'; official: OfficialAdmin; password: string };

interface OfficialActionsProps {
  official: OfficialAdmin;
  /** The signed-in administrator: their own account is closed and reset by someone else. */
  self: boolean;
  open: (dialog: AccountDialog) => void;
}

/** A row's actions: unit and roles, close or reopen, a new one-time password (each confirmed before it is sent). */
export function OfficialActions({ official, self, open }: OfficialActionsProps) {
  const t = useT();
  const { message } = App.useApp();
  const reactivate = useReactivate(t('accountsAdmin.failed'));
  const reset = useResetPassword(t('accountsAdmin.failed'));
  const name = official.fullName;
  const refused = (error: unknown) => void message.error(error instanceof AccountRefusal ? error.message : t('accountsAdmin.failed'));

  const reopen = async () => {
    if (reactivate.isPending) return;
    try {
      await reactivate.mutateAsync(official.id);
      void message.success(t('accountsAdmin.reactivated', { name }));
    } catch (error) {
      refused(error);
    }
  };
  const newPassword = async () => {
    if (reset.isPending) return;
    try {
      const answer = await reset.mutateAsync(official.id);
      open({ kind: 'password', official, password: answer.oneTimePassword });
    } catch (error) {
      refused(error);
    }
  };

  return (
    <Space wrap size="small">
      <Button size="small" onClick={() => open({ kind: 'posting', official })}>
        {t('accountsAdmin.postingAction')}
      </Button>
      {official.active ? (
        !self && (
          <Button
            size="small"
            danger
            onClick={() => open({ kind: 'deactivate', official })}
            data-testid={`deactivate-${official.username}`}
          >
            {t('accountsAdmin.deactivateAction')}
          </Button>
        )
      ) : (
        <Popconfirm
          title={t('accountsAdmin.reactivateConfirm', { name })}
          okText={t('accountsAdmin.yes')}
          cancelText={t('accountsAdmin.cancel')}
          onConfirm={reopen}
        >
          <Button size="small" loading={reactivate.isPending}>
            {t('accountsAdmin.reactivateAction')}
          </Button>
        </Popconfirm>
      )}
      {!self && official.active && (
        <Popconfirm
          title={t('accountsAdmin.resetConfirm', { name })}
          okText={t('accountsAdmin.yes')}
          cancelText={t('accountsAdmin.cancel')}
          onConfirm={newPassword}
        >
          <Button size="small" loading={reset.isPending}>
            {t('accountsAdmin.resetAction')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
