import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ActorRef, ApprovalStep, CampaignEnding, DecisionEntry, PlanDefinition } from '@tdkt/domain';

export interface CampaignInput {
  campaignId: string;
  plan: PlanDefinition;
  drafter: ActorRef;
  /** The plan's approval chain with every step's unit resolved (a template step without a unit is the issuer's). */
  approvalSteps: ApprovalStep[];
}

/** `expired`: the plan lapsed on its approval chain, nobody having acted on a step long past its due date. */
export type CampaignStatus = 'in_approval' | 'rejected' | 'expired' | 'issued' | 'running' | 'closed' | 'cancelled';

export interface CampaignState {
  status: CampaignStatus;
  planNumber: string | null;
  issuedAt: string | null;
}

export const campaignStateQuery = defineQuery<CampaignState>('campaignState');
/** The issuer's leader closes or cancels a running campaign; answers with the decision as logged. */
export const endCampaignUpdate = defineUpdate<DecisionEntry, [CampaignEnding]>('endCampaign');

export const campaignWorkflowId = (campaignId: string): string => `campaign:${campaignId}`;
