import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Skeleton, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useMe } from '../api/queries';
import { PATHS } from '../app/paths';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { sessionStore } from '../session/session-store';
import { LOGIN_PATH } from '../session/return-path';
import { ActingFor } from './ActingFor';
import { LanguageSwitch } from './LanguageSwitch';

/** Who is signed in (name, unit, roles), the language switch, changing the password and logout. */
export function HeaderBar() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const logout = async () => {
    // The API ends the session, so its tokens stop working even if copied; the official leaves whatever it answers.
    await api.POST('/auth/logout').catch(() => undefined);
    sessionStore.end('logout');
    void navigate(LOGIN_PATH, { replace: true });
  };
  return (
    <Layout.Header className="app-header">
      <Typography.Text strong className="app-header__brand">
        {t('app.title')}
      </Typography.Text>
      <div className="app-header__official" data-testid="official">
        {me.data ? (
          <>
            <Typography.Text strong className="app-header__name">
              {me.data.fullName}
            </Typography.Text>
            <Typography.Text type="secondary" className="app-header__unit">
              {me.data.unit.name}
            </Typography.Text>
            <Space size={4} wrap aria-label={t('header.roles')}>
              {me.data.roles.map((role) => (
                <Tag key={role.code} bordered={false} color="red">
                  {t(`role.${role.code}` as MessageKey)}
                </Tag>
              ))}
            </Space>
            {/* Delegations are out of reach until an administrator's password is changed. */}
            {!me.data.mustChangePassword && <ActingFor me={me.data} />}
          </>
        ) : (
          <Skeleton.Input active size="small" />
        )}
      </div>
      <Space className="app-header__actions">
        <LanguageSwitch />
        <Button icon={<KeyOutlined />} onClick={() => void navigate(PATHS.changePassword)}>
          {t('account.changePassword')}
        </Button>
        <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
          {t('header.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
