import { App, Button, Form, Input, Select, Space } from 'antd';
import { usePosting, type OfficialAdmin, type Posting } from '../../api/accounts-admin-queries';
import { RefusalAlert } from '../../actions/RefusalAlert';
import { useT } from '../../i18n/i18n-context';
import { roleOptions } from './role-options';
import { UnitPicker } from './UnitPicker';
import { useAccountForm } from './use-account-form';

const FIELDS = ['unitCode', 'roles', 'effectiveOn'] as const;

interface PostingFormProps {
  official: OfficialAdmin;
  rootCode: string | null;
  mayGiveSystemAdmin: boolean;
  onClose: () => void;
}

/** PUT /officials/:id/posting: the official's unit and roles from a date, recorded in their posting history. */
export function PostingForm({ official, rootCode, mayGiveSystemAdmin, onClose }: PostingFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Posting>();
  const posting = usePosting(t('accountsAdmin.failed'));
  const { send, refusal } = useAccountForm(form, FIELDS, t('accountsAdmin.failed'));

  const submit = async (values: Posting) => {
    const body = { ...values, effectiveOn: values.effectiveOn || undefined };
    if (await send(() => posting.mutateAsync({ id: official.id, body }))) {
      void message.success(t('accountsAdmin.postingSaved', { name: official.fullName }));
      onClose();
    }
  };

  return (
    <Form<Posting>
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      name="official-posting"
      initialValues={{ unitCode: official.unit.code, roles: official.roles.map((role) => role.code) }}
    >
      <RefusalAlert message={refusal} />
      <Form.Item
        label={rootCode ? t('accountsAdmin.field.unit') : t('accountsAdmin.field.unitCode')}
        name="unitCode"
        rules={[{ required: true, message: t('accountsAdmin.required.unit') }]}
      >
        <UnitPicker rootCode={rootCode} label={rootCode ? t('accountsAdmin.field.unit') : t('accountsAdmin.field.unitCode')} />
      </Form.Item>
      <Form.Item
        label={t('accountsAdmin.field.roles')}
        name="roles"
        rules={[{ required: true, message: t('accountsAdmin.required.roles') }]}
      >
        <Select mode="multiple" options={roleOptions(t, mayGiveSystemAdmin)} aria-label={t('accountsAdmin.field.roles')} />
      </Form.Item>
      <Form.Item label={t('accountsAdmin.field.effectiveOn')} name="effectiveOn">
        <Input type="date" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={posting.isPending}>
          {t('accountsAdmin.postingSubmit')}
        </Button>
        <Button onClick={onClose}>{t('accountsAdmin.cancel')}</Button>
      </Space>
    </Form>
  );
}
