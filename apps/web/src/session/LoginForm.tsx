import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { sessionStore } from './session-store';

interface Credentials {
  username: string;
  password: string;
}

/**
 * POST /auth/login: inputs named `username` and `password` and one submit button. Used by the login page and by
 * the dialog that renews an expired session over the page the official was working on.
 */
export function LoginForm({ notice, autoFocus, onSignedIn }: { notice?: MessageKey | null; autoFocus?: boolean; onSignedIn(): void }) {
  const t = useT();
  const [failure, setFailure] = useState<MessageKey | null>(null);
  // A lockout (429) says when to come back: Retry-After, in whole minutes.
  const [waitMinutes, setWaitMinutes] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (credentials: Credentials) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const { data, response } = await api.POST('/auth/login', { body: credentials });
      if (response.status === 429) {
        setWaitMinutes(Math.max(1, Math.ceil(Number(response.headers.get('Retry-After') ?? 60) / 60)));
        return setFailure('login.tooManyAttempts');
      }
      if (!data) return setFailure(response.status === 401 ? 'login.wrongCredentials' : 'login.failed');
      sessionStore.signIn(data);
      onSignedIn();
    } catch {
      setFailure('login.failed');
    } finally {
      setSubmitting(false);
    }
  };

  const shown = failure ?? notice;
  return (
    <>
      {shown && (
        <Alert
          className="login-card__notice"
          type={failure ? 'error' : 'warning'}
          showIcon
          message={t(shown, { minutes: waitMinutes })}
          role="alert"
        />
      )}
      <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
          <Input name="username" autoComplete="username" autoFocus={autoFocus} />
        </Form.Item>
        <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password name="password" autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('login.submit')}
        </Button>
      </Form>
    </>
  );
}
