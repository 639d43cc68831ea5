import type { ApprovalState } from '@tdkt/domain';
import { Steps, Typography, type StepsProps } from 'antd';
import { formatDateTime } from '../format/vietnam-time';
import { useT } from '../i18n/i18n-context';
import { capacityLabelKey } from './CapacityField';
import { decisionsAt, type PlanChainStep } from './plan-approval';
import { planDecisionKey, roleKey } from './plan-labels';

function progressOf(approval: ApprovalState, steps: number): Pick<StepsProps, 'current' | 'status'> {
  switch (approval.status) {
    case 'pending':
      return { current: approval.stepIndex, status: 'process' };
    case 'approved':
      return { current: steps, status: 'finish' };
    case 'draft':
      return { current: 0, status: 'wait' };
    default:
      return { current: approval.stepIndex, status: 'error' };
  }
}

/** The chain's steps in order, where it stands, and what was decided at each step in this round. */
export function PlanApprovalSteps({ steps, approval }: { steps: readonly PlanChainStep[]; approval: ApprovalState }) {
  const t = useT();
  return (
    <Steps
      direction="vertical"
      size="small"
      {...progressOf(approval, steps.length)}
      items={steps.map((step) => ({
        title: step.label,
        description: (
          <>
            <Typography.Text type="secondary">
              {step.unitCode} · {step.roles.map((role) => t(roleKey(role))).join(', ')}
            </Typography.Text>
            {decisionsAt(approval, step.key).map((d) => (
              <div key={d.requestId}>
                {t(planDecisionKey(d, step.signs))}: {d.actor.fullName}
                {d.capacity ? ` (${t(capacityLabelKey(d.capacity))})` : ''} · {formatDateTime(new Date(d.at))}
              </div>
            ))}
          </>
        ),
      }))}
    />
  );
}
