import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AwardForm } from '@tdkt/domain';
import { Alert, Button, Card, Form, Input, Radio, Select, Space, type SelectProps } from 'antd';
import { useT } from '../i18n/i18n-context';
import { awardFormsFor, overQuota, type NominationValues } from './nomination-entries';

/** The unit's nominations: whom, for which of the plan's award forms, for what. */
export function NominationFields({ awardForms }: { awardForms: readonly AwardForm[] }) {
  const t = useT();
  const nominations = Form.useWatch<Partial<NominationValues>[] | undefined>('nominations');
  const beyond = overQuota(awardForms, nominations);
  return (
    <Form.List name="nominations">
      {(fields, { add, remove }) => (
        <Space direction="vertical" size="middle" style={{ width: '100%', marginBottom: 24 }}>
          {fields.map((field, index) => (
            <NominationEntryFields
              key={field.key}
              name={field.name}
              index={index}
              awardForms={awardForms}
              onRemove={() => remove(field.name)}
            />
          ))}
          {beyond.map((form) => (
            <Alert
              key={form.key}
              type="warning"
              showIcon
              message={t('actions.nomination.overQuota', { award: form.name, quota: form.quotaPerUnit ?? 0 })}
            />
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ nomineeKind: 'individual' })} block>
            {t('actions.nomination.add')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

function NominationEntryFields(props: { name: number; index: number; awardForms: readonly AwardForm[]; onRemove: () => void }) {
  const t = useT();
  const { name, index, awardForms, onRemove } = props;
  const kind = Form.useWatch<NominationValues['nomineeKind'] | undefined>(['nominations', name, 'nomineeKind']) ?? 'individual';
  const offered = awardFormsFor(awardForms, kind);
  return (
    <Card
      size="small"
      title={t('actions.nomination.entry', { n: index + 1 })}
      extra={
        <Button size="small" danger icon={<DeleteOutlined />} onClick={onRemove}>
          {t('actions.nomination.remove')}
        </Button>
      }
    >
      <Form.Item name={[name, 'nomineeKind']} label={t('actions.nomination.kind')} initialValue="individual">
        <Radio.Group
          aria-label={t('actions.nomination.kind')}
          options={[
            { value: 'individual', label: t('actions.nomination.individual') },
            { value: 'collective', label: t('actions.nomination.collective') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={[name, 'name']}
        label={t(kind === 'collective' ? 'actions.nomination.collectiveName' : 'actions.nomination.personName')}
        rules={[{ required: true, whitespace: true, message: t('actions.nomination.nameRequired') }]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      {kind === 'individual' && (
        <Form.Item name={[name, 'position']} label={t('actions.nomination.position')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name={[name, 'awardFormKey']}
        label={t('actions.nomination.awardForm')}
        rules={[
          { required: true, message: t('actions.nomination.awardFormRequired') },
          {
            validator: (_, key: string | undefined) =>
              !key || offered.some((form) => form.key === key)
                ? Promise.resolve()
                : Promise.reject(new Error(t('actions.nomination.awardFormNotFor'))),
          },
        ]}
      >
        <AwardSelect
          options={offered.map((form) => ({ value: form.key, label: form.name }))}
          placeholder={t('actions.nomination.awardFormPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name={[name, 'achievements']}
        label={t('actions.nomination.achievements')}
        rules={[{ required: true, whitespace: true, message: t('actions.nomination.achievementsRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={8000} />
      </Form.Item>
    </Card>
  );
}

/**
 * Form.Item marks a required control `aria-required`, which Select puts on its container, where ARIA does not allow it
 * (axe: aria-allowed-attr). The field's label, its mark and its message still say it is required.
 */
function AwardSelect({ 'aria-required': _required, ...props }: SelectProps & { 'aria-required'?: unknown }) {
  return <Select {...props} />;
}
