import { App, Button, Form, Input, Typography } from 'antd';
import { usePlanDecision } from '../api/action-queries';
import { useT } from '../i18n/i18n-context';
import { RefusalAlert } from './RefusalAlert';
import { useGuardedAction } from './use-guarded-action';

/** The drafter sends a returned plan up its chain again, from the first step, saying what changed. */
export function PlanResubmitForm({ campaignId }: { campaignId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const action = useGuardedAction(usePlanDecision(campaignId), {
    form,
    fields: ['comment'],
    onSuccess: () => {
      form.resetFields();
      void message.success(t('actions.plan.resubmitted'));
    },
  });
  return (
    <Form
      form={form}
      name="plan-resubmit"
      layout="vertical"
      onFinish={(values) => action.run({ action: 'submit', comment: values.comment?.trim() || undefined })}
      data-testid="plan-resubmit-form"
    >
      <Typography.Paragraph>{t('actions.plan.returnedToDrafter')}</Typography.Paragraph>
      <RefusalAlert message={action.refusal} />
      <Form.Item name="comment" label={t('actions.plan.resubmitComment')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.pending}>
        {t('actions.plan.resubmit')}
      </Button>
    </Form>
  );
}
