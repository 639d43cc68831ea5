import type { Role } from '@tdkt/domain';
import { App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useDecideObligation, type ObligationTarget } from '../api/action-queries';
import type { Delegation } from '../api/queries';
import { useT } from '../i18n/i18n-context';
import { CapacityField } from './CapacityField';
import { capacityOfValue, reportDecisionCapacities, reportDecisionCapacityParam, type CapacityValue } from './capacity';
import { DelegationNote } from './DelegationNote';
import { RefusalAlert } from './RefusalAlert';
import { useGuardedAction } from './use-guarded-action';

interface DecideValues {
  comment?: string;
  capacity?: CapacityValue;
}

/**
 * The unit's leader approves what the unit sent, or returns it with a comment saying what to correct; or an official
 * under the leader's delegation does, "TUQ.".
 */
export function DecideObligationForm({
  target,
  roles,
  delegation = null,
}: {
  target: ObligationTarget;
  roles: readonly Role[];
  /** The delegation to decide under, when the official's own roles do not let them. */
  delegation?: Delegation | null;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  const [chosen, setChosen] = useState<'approve' | 'return'>('approve');
  const action = useGuardedAction(useDecideObligation(target), {
    form,
    fields: ['comment'],
    invalidField: 'comment',
    onSuccess: (event) => {
      form.resetFields();
      void message.success(t(event.action === 'return' ? 'actions.decide.returned' : 'actions.decide.approved'));
    },
  });

  const decide = (which: 'approve' | 'return') => {
    const { comment, capacity } = form.getFieldsValue();
    if (which === 'return' && !comment?.trim()) {
      form.setFields([{ name: 'comment', errors: [t('actions.decide.commentRequired')] }]);
      form.focusField('comment');
      return;
    }
    setChosen(which);
    action.run({
      action: which,
      comment: comment?.trim() || undefined,
      capacity: reportDecisionCapacityParam(capacityOfValue(capacity)),
      delegationId: delegation?.id,
    });
  };

  return (
    <Form<DecideValues> form={form} name="decide" layout="vertical" data-testid="decide-form">
      <RefusalAlert message={action.refusal} />
      {delegation && <DelegationNote delegation={delegation} />}
      <CapacityField capacities={delegation ? ['TUQ'] : reportDecisionCapacities(roles)} />
      <Form.Item name="comment" label={t('actions.decide.comment')} extra={t('actions.decide.commentHint')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Space wrap>
        <Button
          type="primary"
          onClick={() => decide('approve')}
          loading={action.pending && chosen === 'approve'}
          disabled={action.pending && chosen !== 'approve'}
        >
          {t('action.approve')}
        </Button>
        <Button
          onClick={() => decide('return')}
          loading={action.pending && chosen === 'return'}
          disabled={action.pending && chosen !== 'return'}
        >
          {t('actions.decide.return')}
        </Button>
      </Space>
    </Form>
  );
}
