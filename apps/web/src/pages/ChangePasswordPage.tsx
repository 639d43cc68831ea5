import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useMe } from '../api/queries';
import { refusalOf } from '../api/refusal';
import { queryClient } from '../app/query-client';
import { useT } from '../i18n/i18n-context';
import { sessionStore } from '../session/session-store';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

// The API's rule is the one that counts (its answer says what is wrong); the form only catches the obvious early.
const MIN_LENGTH = 10;

/**
 * POST /auth/password: from the header for anyone, and the only page while an administrator's one-time password
 * must be replaced (AppLayout). The answer is a fresh session: the official stays signed in here, and only here.
 */
export default function ChangePasswordPage() {
  const t = useT();
  const me = useMe();
  const [form] = Form.useForm<PasswordChange>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const submit = async ({ currentPassword, newPassword }: PasswordChange) => {
    setSubmitting(true);
    setRefusal(null);
    setChanged(false);
    try {
      const { data, error, response } = await api.POST('/auth/password', { body: { currentPassword, newPassword } });
      if (!data) return setRefusal(refusalOf(response.status, error, t('account.changeFailed')).message);
      sessionStore.renew(data);
      form.resetFields();
      setChanged(true);
      // Everything refused while the password had to be changed loads now.
      await queryClient.invalidateQueries();
    } catch {
      setRefusal(t('account.changeFailed'));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card className="change-password">
      <Typography.Title level={2}>{t('account.changePassword')}</Typography.Title>
      {me.data?.mustChangePassword && <Alert type="warning" showIcon message={t('account.mustChangeNotice')} role="alert" />}
      {changed && <Alert type="success" showIcon message={t('account.changed')} role="status" />}
      {refusal && <Alert type="error" showIcon message={refusal} role="alert" />}
      <Typography.Paragraph type="secondary">{t('account.passwordRules')}</Typography.Paragraph>
      <Form<PasswordChange> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label={t('account.currentPassword')}
          name="currentPassword"
          rules={[{ required: true, message: t('account.currentRequired') }]}
        >
          <Input.Password name="currentPassword" autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('account.newPassword')}
          name="newPassword"
          rules={[{ required: true, min: MIN_LENGTH, message: t('account.newTooShort') }]}
        >
          <Input.Password name="newPassword" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('account.confirmPassword')}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.confirmMismatch'))),
            }),
          ]}
        >
          <Input.Password name="confirmPassword" autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('account.submit')}
        </Button>
      </Form>
    </Card>
  );
}
