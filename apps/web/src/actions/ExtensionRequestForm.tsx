import { App, Button, Form, Input } from 'antd';
import { useRequestExtension, type ObligationTarget } from '../api/action-queries';
import { useT } from '../i18n/i18n-context';
import { DeadlineInput } from './DeadlineInput';
import { laterDeadlineRule } from './deadline-rule';
import { RefusalAlert } from './RefusalAlert';
import { useGuardedAction } from './use-guarded-action';
import { fromVietnamWallClock, toVietnamWallClock } from '../format/vietnam-time';

interface ExtensionValues {
  proposedDueAt?: string;
  reason?: string;
}

/** The unit asks the unit it reports to for more time: until when, and why. */
export function ExtensionRequestForm({ target, dueAt, onDone }: { target: ObligationTarget; dueAt: string | null; onDone?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExtensionValues>();
  const action = useGuardedAction(useRequestExtension(target), {
    form,
    fields: ['proposedDueAt', 'reason'],
    onSuccess: () => {
      void message.success(t('actions.extension.requested'));
      onDone?.();
    },
  });
  const send = (values: ExtensionValues) =>
    action.run({ proposedDueAt: fromVietnamWallClock(values.proposedDueAt)!, reason: (values.reason ?? '').trim() });

  return (
    <Form<ExtensionValues> form={form} name="extension-request" layout="vertical" onFinish={send} data-testid="extension-request-form">
      <RefusalAlert message={action.refusal} />
      <Form.Item
        name="proposedDueAt"
        label={t('actions.extension.proposedDueAt')}
        extra={t('actions.extension.vietnamTime')}
        rules={[laterDeadlineRule(dueAt, t)]}
      >
        <DeadlineInput min={dueAt ? toVietnamWallClock(new Date(dueAt)) : undefined} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('actions.extension.reason')}
        rules={[{ required: true, whitespace: true, message: t('actions.extension.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {t('actions.extension.send')}
      </Button>
    </Form>
  );
}
