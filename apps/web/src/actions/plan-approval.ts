import type { ApprovalState, DecisionRecord, PlanDefinition, Role } from '@tdkt/domain';
import type { Official } from './obligation-permissions';

/** A step of the plan's chain, with its unit: a template step without one is the issuer's own office. */
export interface PlanChainStep {
  key: string;
  label: string;
  unitCode: string;
  roles: Role[];
  signs: boolean;
}

export function planChainSteps(plan: Pick<PlanDefinition, 'approvalChain' | 'issuer'>): PlanChainStep[] {
  return plan.approvalChain.map((step) => ({
    key: step.key,
    label: step.label,
    unitCode: step.unitCode ?? plan.issuer.unitCode,
    roles: step.roles,
    signs: !!step.signs,
  }));
}

export interface PlanActions {
  /** The step the official is a candidate for now, if any: they approve, return, reject, or sign it. */
  step: PlanChainStep | null;
  /** The plan came back to its drafter, who may send it up the chain again. */
  resubmit: boolean;
}

/** Who may draft, hence resubmit, a plan of their unit. */
const DRAFTING_ROLES: readonly Role[] = ['specialist', 'leader', 'deputy_leader'];

type ChainCampaign = {
  status: string;
  plan: Pick<PlanDefinition, 'approvalChain' | 'issuer'>;
  approval: ApprovalState | null;
};

/** The step waiting for a decision now, whoever may take it; null unless the plan is pending on its chain. */
export function pendingStep(campaign: ChainCampaign): PlanChainStep | null {
  const approval = campaign.approval;
  if (!approval || campaign.status !== 'in_approval' || approval.status !== 'pending') return null;
  return planChainSteps(campaign.plan)[approval.stepIndex] ?? null;
}

/**
 * What the official may do on the plan's chain now (approval-rules.ts): decide the pending step when they hold one of
 * its roles in its unit. A returned plan goes back to its drafter; the campaign does not name the drafter, so the
 * author of the last resubmission is taken for them, or else any drafting official of the issuing unit (the API
 * refuses anyone else, in words).
 */
export function planActionsFor(
  official: Official & { officialId: string },
  campaign: ChainCampaign & { issuerUnitCode: string },
): PlanActions {
  const approval = campaign.approval;
  if (!approval || campaign.status !== 'in_approval') return { step: null, resubmit: false };
  const current = pendingStep(campaign);
  const step =
    current && current.unitCode === official.unitCode && official.roles.some((role) => current.roles.includes(role)) ? current : null;
  return {
    step,
    resubmit: (approval.status === 'returned' || approval.status === 'draft') && isDrafter(official, campaign.issuerUnitCode, approval),
  };
}

function isDrafter(official: Official & { officialId: string }, issuerUnitCode: string, approval: ApprovalState): boolean {
  const resubmitted = [...approval.decisions].reverse().find((d) => d.action === 'submit');
  if (resubmitted) return resubmitted.actor.officialId === official.officialId;
  return official.unitCode === issuerUnitCode && official.roles.some((role) => DRAFTING_ROLES.includes(role));
}

/** The decisions taken on one step in the current round: what the chain shows under that step. */
export function decisionsAt(approval: ApprovalState, stepKey: string): DecisionRecord[] {
  return approval.decisions.filter((d) => d.stepKey === stepKey && d.round === approval.round);
}
