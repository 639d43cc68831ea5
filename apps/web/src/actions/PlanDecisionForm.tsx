import type { Role } from '@tdkt/domain';
import { Alert, App, Button, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { usePlanDecision } from '../api/action-queries';
import type { CampaignDetail, Delegation } from '../api/queries';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { capacityLabelKey, CapacityField } from './CapacityField';
import { capacityOfValue, planDecisionCapacityParam, planSigningChoice, type CapacityValue } from './capacity';
import type { PlanChainStep } from './plan-approval';
import { DelegationNote } from './DelegationNote';
import { RefusalAlert } from './RefusalAlert';
import { useGuardedAction } from './use-guarded-action';

type Decision = 'approve' | 'return' | 'reject';

const DONE: Record<Decision, (signs: boolean) => MessageKey> = {
  approve: (signs) => (signs ? 'actions.plan.signed' : 'actions.plan.approved'),
  return: () => 'actions.plan.returned',
  reject: () => 'actions.plan.rejected',
};

interface DecisionValues {
  comment?: string;
  capacity?: CapacityValue;
}

/**
 * A candidate of the pending step approves it (signs, at the signing step), returns the plan, or rejects it; or an
 * official under the leader's delegation does, "TUQ.".
 */
export function PlanDecisionForm({
  campaign,
  step,
  roles,
  delegation = null,
}: {
  campaign: CampaignDetail;
  step: PlanChainStep;
  roles: readonly Role[];
  /** The delegation to decide under, when the official's own roles do not let them. */
  delegation?: Delegation | null;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const [chosen, setChosen] = useState<Decision>('approve');
  const printed = campaign.plan.signature;
  // A plan prints no "TUQ." signature (its capacity is TM., KT. or none): signing under a delegation never matches the print.
  const signing = !step.signs
    ? null
    : delegation
      ? { capacities: ['TUQ' as const], matchesPrint: false }
      : planSigningChoice(roles, printed.capacity);
  const action = useGuardedAction(usePlanDecision(campaign.id), {
    form,
    fields: ['comment'],
    invalidField: 'comment',
    onSuccess: () => form.resetFields(),
  });

  const decide = (which: Decision) => {
    const { comment, capacity } = form.getFieldsValue();
    if (which !== 'approve' && !comment?.trim()) {
      form.setFields([{ name: 'comment', errors: [t('actions.plan.commentRequired')] }]);
      form.focusField('comment');
      return;
    }
    setChosen(which);
    action.run(
      {
        action: which,
        comment: comment?.trim() || undefined,
        capacity: which === 'approve' && step.signs ? planDecisionCapacityParam(capacityOfValue(capacity)) : undefined,
        delegationId: delegation?.id,
      },
      () => void message.success(t(DONE[which](step.signs))),
    );
  };
  const busy = (which: Decision) => ({ loading: action.pending && chosen === which, disabled: action.pending && chosen !== which });

  return (
    <Form<DecisionValues> form={form} name="plan-decision" layout="vertical" data-testid="plan-decision-form">
      <Typography.Paragraph>{t('actions.plan.yourStep', { step: step.label })}</Typography.Paragraph>
      <RefusalAlert message={action.refusal} />
      {delegation && <DelegationNote delegation={delegation} />}
      {delegation && !step.signs && <CapacityField capacities={['TUQ']} />}
      {signing && (
        <>
          <Typography.Paragraph type="secondary">
            {t('actions.plan.printedSignature', { capacity: t(capacityLabelKey(printed.capacity)), title: printed.signerTitle })}
          </Typography.Paragraph>
          {!signing.matchesPrint && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('actions.plan.printMismatch', { capacity: t(capacityLabelKey(printed.capacity)), title: printed.signerTitle })}
            />
          )}
          <CapacityField capacities={signing.capacities} />
        </>
      )}
      <Form.Item name="comment" label={t('actions.plan.comment')} extra={t('actions.plan.commentHint')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" onClick={() => decide('approve')} {...busy('approve')}>
          {t(step.signs ? 'action.sign' : 'action.approve')}
        </Button>
        <Button onClick={() => decide('return')} {...busy('return')}>
          {t('actions.plan.return')}
        </Button>
        <Popconfirm
          title={t('actions.plan.rejectConfirm')}
          okText={t('actions.plan.reject')}
          cancelText={t('actions.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => decide('reject')}
        >
          <Button danger {...busy('reject')}>
            {t('actions.plan.reject')}
          </Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
