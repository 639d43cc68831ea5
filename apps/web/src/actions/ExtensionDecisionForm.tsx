import type { Role } from '@tdkt/domain';
import { Alert, App, Button, Descriptions, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useDecideExtension, type ObligationStep, type ObligationTarget } from '../api/action-queries';
import type { Delegation } from '../api/queries';
import { formatDateTime } from '../format/vietnam-time';
import { useT } from '../i18n/i18n-context';
import { isDeputyOnly } from './capacity';
import { DeadlineInput } from './DeadlineInput';
import { DelegationNote } from './DelegationNote';
import { laterDeadlineRule } from './deadline-rule';
import { RefusalAlert } from './RefusalAlert';
import { useGuardedAction } from './use-guarded-action';
import { fromVietnamWallClock, toVietnamWallClock } from '../format/vietnam-time';

interface DecisionValues {
  newDueAt?: string;
  comment?: string;
}

/** The parent unit's leader grants the time asked for (or another date), or refuses it; or an official under their delegation does. */
export function ExtensionDecisionForm(props: {
  target: ObligationTarget;
  request: ObligationStep;
  dueAt: string | null;
  roles: readonly Role[];
  /** The delegation to decide under, when the official's own roles do not let them. */
  delegation?: Delegation | null;
}) {
  const { target, request, dueAt, roles, delegation = null } = props;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const [chosen, setChosen] = useState<'grant' | 'refuse'>('grant');
  const action = useGuardedAction(useDecideExtension(target), {
    form,
    fields: ['newDueAt', 'comment'],
    onSuccess: (event) =>
      void message.success(t(event.action === 'grant_extension' ? 'actions.extension.granted' : 'actions.extension.refused')),
  });

  const grant = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setChosen('grant');
    action.run({
      grant: true,
      newDueAt: fromVietnamWallClock(values.newDueAt) ?? undefined,
      comment: values.comment?.trim() || undefined,
      delegationId: delegation?.id,
    });
  };
  const refuse = () => {
    setChosen('refuse');
    action.run({ grant: false, comment: form.getFieldValue('comment')?.trim() || undefined, delegationId: delegation?.id });
  };

  return (
    <Form<DecisionValues>
      form={form}
      name="extension-decision"
      layout="vertical"
      initialValues={{ newDueAt: request.proposedDueAt ? toVietnamWallClock(new Date(request.proposedDueAt)) : undefined }}
      data-testid="extension-decision-form"
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'by',
            label: t('actions.extension.requestedBy'),
            children: `${request.actorFullName ?? request.actorUsername ?? ''} · ${formatDateTime(new Date(request.at))}`,
          },
          {
            key: 'until',
            label: t('actions.extension.proposedDueAt'),
            children: request.proposedDueAt ? formatDateTime(new Date(request.proposedDueAt)) : '—',
          },
          { key: 'reason', label: t('actions.extension.reason'), children: request.comment ?? '—' },
        ]}
      />
      <RefusalAlert message={action.refusal} />
      {delegation && <DelegationNote delegation={delegation} />}
      {!delegation && isDeputyOnly(roles) && (
        <Alert type="info" showIcon message={t('actions.capacity.deputyNote')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="newDueAt"
        label={t('actions.extension.newDueAt')}
        extra={t('actions.extension.vietnamTime')}
        rules={[laterDeadlineRule(dueAt, t)]}
      >
        <DeadlineInput min={dueAt ? toVietnamWallClock(new Date(dueAt)) : undefined} />
      </Form.Item>
      <Form.Item name="comment" label={t('actions.extension.comment')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Space wrap>
        <Button
          type="primary"
          onClick={() => void grant()}
          loading={action.pending && chosen === 'grant'}
          disabled={action.pending && chosen !== 'grant'}
        >
          {t('actions.extension.grant')}
        </Button>
        <Button danger onClick={refuse} loading={action.pending && chosen === 'refuse'} disabled={action.pending && chosen !== 'refuse'}>
          {t('actions.extension.refuse')}
        </Button>
      </Space>
    </Form>
  );
}
