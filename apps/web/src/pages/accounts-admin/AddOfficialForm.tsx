import { Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useCreateOfficial, type CreatedOfficial, type NewOfficial } from '../../api/accounts-admin-queries';
import { RefusalAlert } from '../../actions/RefusalAlert';
import { useT } from '../../i18n/i18n-context';
import { OneTimePasswordNotice } from './OneTimePasswordNotice';
import { roleOptions } from './role-options';
import { UnitPicker } from './UnitPicker';
import { useAccountForm } from './use-account-form';

const FIELDS = ['username', 'fullName', 'email', 'unitCode', 'title', 'roles'] as const;

interface AddOfficialFormProps {
  rootCode: string | null;
  mayGiveSystemAdmin: boolean;
  onClose: () => void;
}

/** POST /officials: the new account, then its one-time password, shown once until the form is closed. */
export function AddOfficialForm({ rootCode, mayGiveSystemAdmin, onClose }: AddOfficialFormProps) {
  const t = useT();
  const [form] = Form.useForm<NewOfficial>();
  const create = useCreateOfficial(t('accountsAdmin.failed'));
  const { send, refusal } = useAccountForm(form, FIELDS, t('accountsAdmin.failed'));
  const [created, setCreated] = useState<CreatedOfficial | null>(null);

  if (created)
    return (
      <Space direction="vertical" style={{ width: '100%' }} data-testid="official-created">
        <p>{t('accountsAdmin.created', { username: created.official.username })}</p>
        <OneTimePasswordNotice password={created.oneTimePassword} />
        <Button type="primary" onClick={onClose}>
          {t('accountsAdmin.close')}
        </Button>
      </Space>
    );

  const submit = async (values: NewOfficial) => {
    const answer = await send(() => create.mutateAsync({ ...values, title: values.title || undefined }));
    if (answer) setCreated(answer);
  };

  return (
    <Form<NewOfficial> form={form} layout="vertical" onFinish={submit} requiredMark={false} name="add-official">
      <RefusalAlert message={refusal} />
      <Form.Item
        label={t('accountsAdmin.field.username')}
        name="username"
        extra={t('accountsAdmin.field.usernameHelp')}
        rules={[{ required: true, whitespace: true, message: t('accountsAdmin.required.username') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('accountsAdmin.field.fullName')}
        name="fullName"
        rules={[{ required: true, whitespace: true, message: t('accountsAdmin.required.fullName') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('accountsAdmin.field.email')}
        name="email"
        rules={[{ required: true, message: t('accountsAdmin.required.email') }]}
      >
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={rootCode ? t('accountsAdmin.field.unit') : t('accountsAdmin.field.unitCode')}
        name="unitCode"
        rules={[{ required: true, message: t('accountsAdmin.required.unit') }]}
      >
        <UnitPicker rootCode={rootCode} label={rootCode ? t('accountsAdmin.field.unit') : t('accountsAdmin.field.unitCode')} />
      </Form.Item>
      <Form.Item label={t('accountsAdmin.field.title')} name="title">
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('accountsAdmin.field.roles')}
        name="roles"
        rules={[{ required: true, message: t('accountsAdmin.required.roles') }]}
      >
        <Select mode="multiple" options={roleOptions(t, mayGiveSystemAdmin)} aria-label={t('accountsAdmin.field.roles')} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('accountsAdmin.addSubmit')}
        </Button>
        <Button onClick={onClose}>{t('accountsAdmin.cancel')}</Button>
      </Space>
    </Form>
  );
}
