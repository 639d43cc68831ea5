import type { ApprovalStatus, DecisionRecord, Role } from '@tdkt/domain';
import type { MessageKey } from '../i18n/messages';

// Catalogue keys of the plan chain's words, built from the domain's codes in one place.

export const approvalStatusKey = (status: ApprovalStatus): MessageKey => `actions.approval.${status}` as MessageKey;
export const roleKey = (role: Role | string): MessageKey => `role.${role}` as MessageKey;

/** Approving the signing step is the signature. */
export const planDecisionKey = (decision: Pick<DecisionRecord, 'action'>, signs: boolean): MessageKey =>
  (decision.action === 'approve' && signs ? 'actions.planDecision.sign' : `actions.planDecision.${decision.action}`) as MessageKey;
