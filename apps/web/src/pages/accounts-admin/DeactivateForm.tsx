import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useDeactivate, type OfficialAdmin } from '../../api/accounts-admin-queries';
import { RefusalAlert } from '../../actions/RefusalAlert';
import { useT } from '../../i18n/i18n-context';
import { useAccountForm } from './use-account-form';

const FIELDS = ['reason'] as const;

/** POST /officials/:id/deactivate, with the reason the API requires; the dialog it sits in is the confirmation. */
export function DeactivateForm({ official, onClose }: { official: OfficialAdmin; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const deactivate = useDeactivate(t('accountsAdmin.failed'));
  const { send, refusal } = useAccountForm(form, FIELDS, t('accountsAdmin.failed'));

  const submit = async ({ reason }: { reason: string }) => {
    if (await send(() => deactivate.mutateAsync({ id: official.id, reason }))) {
      void message.success(t('accountsAdmin.deactivated', { name: official.fullName }));
      onClose();
    }
  };

  return (
    <Form<{ reason: string }> form={form} layout="vertical" onFinish={submit} requiredMark={false} name="deactivate-official">
      <Alert type="warning" showIcon message={t('accountsAdmin.deactivateNotice')} style={{ marginBottom: 16 }} />
      <RefusalAlert message={refusal} />
      <Form.Item
        label={t('accountsAdmin.field.reason')}
        name="reason"
        rules={[{ required: true, whitespace: true, min: 3, message: t('accountsAdmin.required.reason') }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Space>
        <Button type="primary" danger htmlType="submit" loading={deactivate.isPending}>
          {t('accountsAdmin.deactivateSubmit')}
        </Button>
        <Button onClick={onClose}>{t('accountsAdmin.cancel')}</Button>
      </Space>
    </Form>
  );
}
