import { Alert, Card, Descriptions, Divider, Space, Tag, Typography } from 'antd';
import { useDelegationForStep, useRefreshWhile } from '../api/action-queries';
import { useMe, type CampaignDetail } from '../api/queries';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { pendingStep, planActionsFor, planChainSteps } from './plan-approval';
import { approvalStatusKey } from './plan-labels';
import { PlanApprovalSteps } from './PlanApprovalSteps';
import { PlanDecisionForm } from './PlanDecisionForm';
import { PlanDecisionTimeline } from './PlanDecisionTimeline';
import { PlanResubmitForm } from './PlanResubmitForm';

/** The plan's approval chain on its campaign page, and the step the signed-in official may take on it. */
export function PlanApprovalPanel({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const me = useMe();
  const approval = campaign.approval;
  const steps = planChainSteps(campaign.plan);
  const roles = me.data?.roles.map((role) => role.code) ?? [];
  const actions = me.data
    ? planActionsFor({ officialId: me.data.id, unitCode: me.data.unit.code, roles }, campaign)
    : { step: null, resubmit: false };
  // Where the official's own roles do not reach the pending step, a delegation from its unit's leader may.
  const pending = pendingStep(campaign);
  const delegation = useDelegationForStep(
    me.data && pending && !actions.step ? { kind: 'plan_approval', campaignId: campaign.id, unitCode: pending.unitCode } : null,
  );
  const step = actions.step ?? (delegation ? pending : null);
  // Once signed, the campaign is numbered and issued by its workflow a moment after the signature's answer.
  useRefreshWhile(['campaign', campaign.id], approval?.status === 'approved' && campaign.status === 'in_approval');

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 18 }} id="plan-approval-heading">
          {t('actions.plan.heading')}
        </Typography.Title>
      }
      aria-labelledby="plan-approval-heading"
      style={{ marginBottom: 24 }}
      data-testid="plan-approval"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'campaign',
            label: t('actions.plan.campaignStatus'),
            children: <Tag data-testid="campaign-status">{t(`status.${campaign.status}` as MessageKey)}</Tag>,
          },
          ...(approval
            ? [
                {
                  key: 'approval',
                  label: t('actions.plan.approvalStatus'),
                  children: <span data-testid="approval-status">{t(approvalStatusKey(approval.status))}</span>,
                },
                { key: 'round', label: t('actions.plan.roundLabel'), children: approval.round },
              ]
            : []),
        ]}
      />
      {!approval ? (
        <Alert type="info" showIcon message={t('actions.plan.notStarted')} style={{ marginTop: 16 }} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%', marginTop: 16 }}>
          <PlanApprovalSteps steps={steps} approval={approval} />
          {approval.status === 'approved' && campaign.status === 'in_approval' && (
            <Alert type="info" showIcon message={t('actions.plan.issuing')} />
          )}
          {(step || actions.resubmit) && <Divider style={{ margin: 0 }} />}
          {step && <PlanDecisionForm campaign={campaign} step={step} roles={roles} delegation={actions.step ? null : delegation} />}
          {actions.resubmit && <PlanResubmitForm campaignId={campaign.id} />}
          {approval.decisions.length > 0 && (
            <>
              <Typography.Title level={4} style={{ fontSize: 16 }}>
                {t('actions.plan.decisions')}
              </Typography.Title>
              <PlanDecisionTimeline decisions={approval.decisions} steps={steps} />
            </>
          )}
        </Space>
      )}
    </Card>
  );
}
