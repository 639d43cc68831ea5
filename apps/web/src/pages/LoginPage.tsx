import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { safeReturnPath } from '../session/return-path';
import { sessionStore } from '../session/session-store';
import { useAccessToken } from '../session/use-session';

interface Credentials {
  username: string;
  password: string;
}

/** POST /auth/login; then back to the page the official was on (?next=), or the inbox. */
export default function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const token = useAccessToken();
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const next = safeReturnPath(search.get('next'));
  if (token) return <Navigate to={next} replace />;

  const submit = async (credentials: Credentials) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const { data, response } = await api.POST('/auth/login', { body: credentials });
      if (!data) return setFailure(response.status === 401 ? 'login.wrongCredentials' : 'login.failed');
      sessionStore.signIn(data.accessToken);
      void navigate(next, { replace: true });
    } catch {
      setFailure('login.failed');
    } finally {
      setSubmitting(false);
    }
  };

  const notice = failure ?? (sessionStore.lastEnd() === 'expired' ? 'login.sessionExpired' : null);
  return (
    <main className="login-page">
      <Card className="login-card">
        <div className="login-card__language">
          <LanguageSwitch />
        </div>
        <Typography.Title level={1} className="login-card__title">
          {t('login.heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {notice && <Alert className="login-card__notice" type={failure ? 'error' : 'warning'} showIcon message={t(notice)} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input name="username" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password name="password" autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
